//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/LegacyApiKeysResponse`.

use serde::{Deserialize, Serialize};

/// `LegacyApiKeysResponse`
///
/// Schema: `#/components/schemas/LegacyApiKeysResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LegacyApiKeysResponse {
    /// `enabled`
    pub enabled: bool,
}
