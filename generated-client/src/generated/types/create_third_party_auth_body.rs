//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateThirdPartyAuthBody`.

use serde::{Deserialize, Serialize};

/// `CreateThirdPartyAuthBody`
///
/// Schema: `#/components/schemas/CreateThirdPartyAuthBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateThirdPartyAuthBody {
    /// `custom_jwks`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_jwks: Option<serde_json::Value>,
    /// `jwks_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks_url: Option<String>,
    /// `oidc_issuer_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_issuer_url: Option<String>,
}
