//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdatePostgrestConfigBody`.

use serde::{Deserialize, Serialize};

/// `V1UpdatePostgrestConfigBody`
///
/// Schema: `#/components/schemas/V1UpdatePostgrestConfigBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct V1UpdatePostgrestConfigBody {
    /// `db_extra_search_path`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_extra_search_path: Option<String>,
    /// `db_pool`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_pool: Option<i64>,
    /// `db_schema`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_schema: Option<String>,
    /// `max_rows`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_rows: Option<i64>,
}
