//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ProjectClaimTokenResponse`.

use serde::{Deserialize, Serialize};

/// `ProjectClaimTokenResponse`
///
/// Schema: `#/components/schemas/ProjectClaimTokenResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProjectClaimTokenResponse {
    /// `created_at`
    pub created_at: String,
    /// `created_by`
    pub created_by: String,
    /// `expires_at`
    pub expires_at: String,
    /// `token_alias`
    pub token_alias: String,
}
