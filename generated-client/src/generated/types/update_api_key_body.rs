//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateApiKeyBody`.

use serde::{Deserialize, Serialize};

/// `UpdateApiKeyBody`
///
/// Schema: `#/components/schemas/UpdateApiKeyBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateApiKeyBody {
    /// `description`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub description: crate::runtime::Nullable<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `secret_jwt_template`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub secret_jwt_template: crate::runtime::Nullable<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
}
