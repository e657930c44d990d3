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

impl V1CreateFunctionBody {
    /// A value with the required fields (`body`, `name`, `slug`) set and every optional field absent.
    pub fn new(
        body: impl Into<String>,
        name: impl Into<String>,
        slug: impl Into<String>,
    ) -> Self {
        Self {
            body: body.into(),
            name: name.into(),
            slug: slug.into(),
            verify_jwt: None,
        }
    }
}
