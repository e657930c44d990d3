//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OrganizationResponseV1`.

use serde::{Deserialize, Serialize};

/// `OrganizationResponseV1`
///
/// Schema: `#/components/schemas/OrganizationResponseV1`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationResponseV1 {
    /// Deprecated: Use `slug` instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub id: String,
    /// `name`
    pub name: String,
    /// Organization slug
    pub slug: String,
}
