//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OAuthRevokeTokenBody`.

use serde::{Deserialize, Serialize};

/// `OAuthRevokeTokenBody`
///
/// Schema: `#/components/schemas/OAuthRevokeTokenBody`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuthRevokeTokenBody {
    /// `client_id`
    pub client_id: String,
    /// `client_secret`
    pub client_secret: String,
    /// `refresh_token`
    pub refresh_token: String,
}
