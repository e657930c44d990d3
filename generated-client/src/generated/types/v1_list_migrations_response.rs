//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ListMigrationsResponse`.

use serde::{Deserialize, Serialize};

/// `V1ListMigrationsResponse`
///
/// Schema: `#/components/schemas/V1ListMigrationsResponse`
pub type V1ListMigrationsResponse = Vec<V1ListMigrationsResponseItem>;

/// `V1ListMigrationsResponseItem`
///
/// Schema: `#/components/schemas/V1ListMigrationsResponse/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1ListMigrationsResponseItem {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `version`
    pub version: String,
}
