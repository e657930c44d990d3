//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/PgsodiumConfigResponse`.

use serde::{Deserialize, Serialize};

/// `PgsodiumConfigResponse`
///
/// Schema: `#/components/schemas/PgsodiumConfigResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PgsodiumConfigResponse {
    /// `root_key`
    pub root_key: String,
}
