//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/FunctionDeployBody`.

use serde::{Deserialize, Serialize};

/// `FunctionDeployBody`
///
/// Schema: `#/components/schemas/FunctionDeployBody`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FunctionDeployBody {
    /// `file`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Vec<String>>,
    /// `metadata`
    pub metadata: FunctionDeployBodyMetadata,
}

/// `FunctionDeployBodyMetadata`
///
/// Schema: `#/components/schemas/FunctionDeployBody/properties/metadata`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FunctionDeployBodyMetadata {
    /// `entrypoint_path`
    pub entrypoint_path: String,
    /// `import_map_path`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_map_path: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `static_patterns`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub static_patterns: Option<Vec<String>>,
    /// `verify_jwt`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_jwt: Option<bool>,
}
