//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ProjectRefResponse`.

use serde::{Deserialize, Serialize};

/// `V1ProjectRefResponse`
///
/// Schema: `#/components/schemas/V1ProjectRefResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1ProjectRefResponse {
    /// `id`
    pub id: i64,
    /// `name`
    pub name: String,
    /// `ref`
    pub r#ref: String,
}
