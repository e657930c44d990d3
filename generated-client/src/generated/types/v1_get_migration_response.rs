//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1GetMigrationResponse`.

use serde::{Deserialize, Serialize};

/// `V1GetMigrationResponse`
///
/// Schema: `#/components/schemas/V1GetMigrationResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1GetMigrationResponse {
    /// `created_by`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// `idempotency_key`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `rollback`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<Vec<String>>,
    /// `statements`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statements: Option<Vec<String>>,
    /// `version`
    pub version: String,
}
