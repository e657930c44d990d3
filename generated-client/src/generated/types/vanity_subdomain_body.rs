//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/VanitySubdomainBody`.

use serde::{Deserialize, Serialize};

/// `VanitySubdomainBody`
///
/// Schema: `#/components/schemas/VanitySubdomainBody`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VanitySubdomainBody {
    /// `vanity_subdomain`
    pub vanity_subdomain: String,
}

impl VanitySubdomainBody {
    /// A value with the required fields (`vanity_subdomain`) set and every optional field absent.
    pub fn new(vanity_subdomain: impl Into<String>) -> Self {
        Self {
            vanity_subdomain: vanity_subdomain.into(),
        }
    }
}
