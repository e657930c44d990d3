//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SecretResponse`.

use serde::{Deserialize, Serialize};

/// `SecretResponse`
///
/// Schema: `#/components/schemas/SecretResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecretResponse {
    /// `name`
    pub name: String,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// `value`
    pub value: String,
}
