//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ReadOnlyStatusResponse`.

use serde::{Deserialize, Serialize};

/// `ReadOnlyStatusResponse`
///
/// Schema: `#/components/schemas/ReadOnlyStatusResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReadOnlyStatusResponse {
    /// `enabled`
    pub enabled: bool,
    /// `override_active_until`
    pub override_active_until: String,
    /// `override_enabled`
    pub override_enabled: bool,
}
