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

/// `SslEnforcementRequestRequestedConfig`
///
/// Schema: `#/components/schemas/SslEnforcementRequest/properties/requestedConfig`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SslEnforcementRequestRequestedConfig {
    /// `database`
    pub database: bool,
}
