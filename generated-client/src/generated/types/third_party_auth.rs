//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ThirdPartyAuth`.

use serde::{Deserialize, Serialize};

/// `ThirdPartyAuth`
///
/// Schema: `#/components/schemas/ThirdPartyAuth`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThirdPartyAuth {
    /// `custom_jwks`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_jwks: Option<serde_json::Value>,
    /// `id`
    pub id: String,
    /// `inserted_at`
    pub inserted_at: String,
    /// `jwks_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks_url: Option<String>,
    /// `oidc_issuer_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_issuer_url: Option<String>,
    /// `resolved_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_at: Option<String>,
    /// `resolved_jwks`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_jwks: Option<serde_json::Value>,
    /// `type`
    pub r#type: String,
    /// `updated_at`
    pub updated_at: String,
}
