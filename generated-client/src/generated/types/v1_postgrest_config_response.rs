//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1PostgrestConfigResponse`.

use serde::{Deserialize, Serialize};

/// `V1PostgrestConfigResponse`
///
/// Schema: `#/components/schemas/V1PostgrestConfigResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1PostgrestConfigResponse {
    /// `db_extra_search_path`
    pub db_extra_search_path: String,
    /// If `null`, the value is automatically configured based on compute size.
    pub db_pool: Option<i64>,
    /// `db_schema`
    pub db_schema: String,
    /// `max_rows`
    pub max_rows: i64,
}
