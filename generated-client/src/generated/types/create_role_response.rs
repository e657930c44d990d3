//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateRoleResponse`.

use serde::{Deserialize, Serialize};

/// `CreateRoleResponse`
///
/// Schema: `#/components/schemas/CreateRoleResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateRoleResponse {
    /// `password`
    pub password: String,
    /// `role`
    pub role: String,
    /// `ttl_seconds`
    pub ttl_seconds: i64,
}
