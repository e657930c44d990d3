//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SubdomainAvailabilityResponse`.

use serde::{Deserialize, Serialize};

/// `SubdomainAvailabilityResponse`
///
/// Schema: `#/components/schemas/SubdomainAvailabilityResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubdomainAvailabilityResponse {
    /// `available`
    pub available: bool,
}
