//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ProfileResponse`.

use serde::{Deserialize, Serialize};

/// `V1ProfileResponse`
///
/// Schema: `#/components/schemas/V1ProfileResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1ProfileResponse {
    /// `gotrue_id`
    pub gotrue_id: String,
    /// `primary_email`
    pub primary_email: String,
    /// `username`
    pub username: String,
}
