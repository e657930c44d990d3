//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdateFunctionBody`.

use serde::{Deserialize, Serialize};

/// `V1UpdateFunctionBody`
///
/// Schema: `#/components/schemas/V1UpdateFunctionBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct V1UpdateFunctionBody {
    /// `body`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `verify_jwt`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_jwt: Option<bool>,
}
