//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/TypescriptResponse`.

use serde::{Deserialize, Serialize};

/// `TypescriptResponse`
///
/// Schema: `#/components/schemas/TypescriptResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TypescriptResponse {
    /// `types`
    pub types: String,
}
