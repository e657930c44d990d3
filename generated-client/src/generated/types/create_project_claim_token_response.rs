//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateProjectClaimTokenResponse`.

use serde::{Deserialize, Serialize};

/// `CreateProjectClaimTokenResponse`
///
/// Schema: `#/components/schemas/CreateProjectClaimTokenResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateProjectClaimTokenResponse {
    /// `created_at`
    pub created_at: String,
    /// `created_by`
    pub created_by: String,
    /// `expires_at`
    pub expires_at: String,
    /// `token`
    pub token: String,
    /// `token_alias`
    pub token_alias: String,
}
