//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ReadOnlyQueryBody`.

use serde::{Deserialize, Serialize};

/// `V1ReadOnlyQueryBody`
///
/// Schema: `#/components/schemas/V1ReadOnlyQueryBody`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1ReadOnlyQueryBody {
    /// `parameters`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Vec<serde_json::Value>>,
    /// `query`
    pub query: String,
}

impl V1ReadOnlyQueryBody {
    /// A value with the required fields (`query`) set and every optional field absent.
    pub fn new(query: impl Into<String>) -> Self {
        Self {
            parameters: None,
            query: query.into(),
        }
    }
}
