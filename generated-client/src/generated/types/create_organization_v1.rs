//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateOrganizationV1`.

use serde::{Deserialize, Serialize};

/// `CreateOrganizationV1`
///
/// Schema: `#/components/schemas/CreateOrganizationV1`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateOrganizationV1 {
    /// `name`
    pub name: String,
}

impl CreateOrganizationV1 {
    /// A value with the required fields (`name`) set and every optional field absent.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}
