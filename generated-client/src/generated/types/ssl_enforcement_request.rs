//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SslEnforcementRequest`.

use serde::{Deserialize, Serialize};

/// `SslEnforcementRequest`
///
/// Schema: `#/components/schemas/SslEnforcementRequest`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SslEnforcementRequest {
    /// `requestedConfig`
    #[serde(rename = "requestedConfig")]
    pub requested_config: SslEnforcementRequestRequestedConfig,
}

impl SslEnforcementRequest {
    /// A value with the required fields (`requested_config`) set and every optional field absent.
    pub fn new(requested_config: SslEnforcementRequestRequestedConfig) -> Self {
        Self { requested_config }
    }
}

/// `SslEnforcementRequestRequestedConfig`
///
/// Schema: `#/components/schemas/SslEnforcementRequest/properties/requestedConfig`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SslEnforcementRequestRequestedConfig {
    /// `database`
    pub database: bool,
}

impl SslEnforcementRequestRequestedConfig {
    /// A value with the required fields (`database`) set and every optional field absent.
    pub fn new(database: bool) -> Self {
        Self { database }
    }
}
