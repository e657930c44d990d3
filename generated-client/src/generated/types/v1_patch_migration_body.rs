//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1PatchMigrationBody`.

use serde::{Deserialize, Serialize};

/// `V1PatchMigrationBody`
///
/// Schema: `#/components/schemas/V1PatchMigrationBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct V1PatchMigrationBody {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `rollback`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<String>,
}
