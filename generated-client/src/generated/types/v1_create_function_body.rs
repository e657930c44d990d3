//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1CreateFunctionBody`.

use serde::{Deserialize, Serialize};

/// `V1CreateFunctionBody`
///
/// Schema: `#/components/schemas/V1CreateFunctionBody`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1CreateFunctionBody {
    /// `body`
    pub body: String,
    /// `name`
    pub name: String,
    /// `slug`
    pub slug: String,
    /// `verify_jwt`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_jwt: Option<bool>,
}
