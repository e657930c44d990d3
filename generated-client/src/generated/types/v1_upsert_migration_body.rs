//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpsertMigrationBody`.

use serde::{Deserialize, Serialize};

/// `V1UpsertMigrationBody`
///
/// Schema: `#/components/schemas/V1UpsertMigrationBody`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1UpsertMigrationBody {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `query`
    pub query: String,
    /// `rollback`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<String>,
}

impl V1UpsertMigrationBody {
    /// A value with the required fields (`query`) set and every optional field absent.
    pub fn new(query: impl Into<String>) -> Self {
        Self {
            name: None,
            query: query.into(),
            rollback: None,
        }
    }
}
