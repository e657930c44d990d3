//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BranchActionBody`.

use serde::{Deserialize, Serialize};

/// `BranchActionBody`
///
/// Schema: `#/components/schemas/BranchActionBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BranchActionBody {
    /// `migration_version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub migration_version: Option<String>,
}
