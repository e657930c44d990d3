//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/AuthorizeJitAccessBody`.

use serde::{Deserialize, Serialize};

/// `AuthorizeJitAccessBody`
///
/// Schema: `#/components/schemas/AuthorizeJitAccessBody`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuthorizeJitAccessBody {
    /// `rhost`
    pub rhost: String,
    /// `role`
    pub role: String,
}
