//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ActivateVanitySubdomainResponse`.

use serde::{Deserialize, Serialize};

/// `ActivateVanitySubdomainResponse`
///
/// Schema: `#/components/schemas/ActivateVanitySubdomainResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActivateVanitySubdomainResponse {
    /// `custom_domain`
    pub custom_domain: String,
}
