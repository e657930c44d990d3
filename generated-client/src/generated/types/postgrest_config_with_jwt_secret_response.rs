//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/PostgrestConfigWithJWTSecretResponse`.

use serde::{Deserialize, Serialize};

/// `PostgrestConfigWithJwtSecretResponse`
///
/// Schema: `#/components/schemas/PostgrestConfigWithJWTSecretResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PostgrestConfigWithJwtSecretResponse {
    /// `db_extra_search_path`
    pub db_extra_search_path: String,
    /// If `null`, the value is automatically configured based on compute size.
    pub db_pool: Option<i64>,
    /// `db_schema`
    pub db_schema: String,
    /// `jwt_secret`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_secret: Option<String>,
    /// `max_rows`
    pub max_rows: i64,
}
