//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateSupavisorConfigResponse`.

use serde::{Deserialize, Serialize};

/// `UpdateSupavisorConfigResponse`
///
/// Schema: `#/components/schemas/UpdateSupavisorConfigResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateSupavisorConfigResponse {
    /// `default_pool_size`
    pub default_pool_size: Option<i64>,
    /// `pool_mode`
    pub pool_mode: String,
}
