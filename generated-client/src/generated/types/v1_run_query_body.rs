//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RunQueryBody`.

use serde::{Deserialize, Serialize};

/// `V1RunQueryBody`
///
/// Schema: `#/components/schemas/V1RunQueryBody`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1RunQueryBody {
    /// `parameters`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Vec<serde_json::Value>>,
    /// `query`
    pub query: String,
    /// `read_only`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
}

impl V1RunQueryBody {
    /// A value with the required fields (`query`) set and every optional field absent.
    pub fn new(query: impl Into<String>) -> Self {
        Self {
            parameters: None,
            query: query.into(),
            read_only: None,
        }
    }
}
