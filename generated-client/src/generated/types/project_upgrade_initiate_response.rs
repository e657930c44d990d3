//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ProjectUpgradeInitiateResponse`.

use serde::{Deserialize, Serialize};

/// `ProjectUpgradeInitiateResponse`
///
/// Schema: `#/components/schemas/ProjectUpgradeInitiateResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProjectUpgradeInitiateResponse {
    /// `tracking_id`
    pub tracking_id: String,
}
