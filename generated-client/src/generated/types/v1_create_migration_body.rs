//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1CreateMigrationBody`.

use serde::{Deserialize, Serialize};

/// `V1CreateMigrationBody`
///
/// Schema: `#/components/schemas/V1CreateMigrationBody`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1CreateMigrationBody {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `query`
    pub query: String,
    /// `rollback`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<String>,
}

impl V1CreateMigrationBody {
    /// A value with the required fields (`query`) set and every optional field absent.
    pub fn new(query: impl Into<String>) -> Self {
        Self {
            name: None,
            query: query.into(),
            rollback: None,
        }
    }
}
