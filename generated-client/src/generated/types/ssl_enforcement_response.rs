//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SslEnforcementResponse`.

use serde::{Deserialize, Serialize};

/// `SslEnforcementResponse`
///
/// Schema: `#/components/schemas/SslEnforcementResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SslEnforcementResponse {
    /// `appliedSuccessfully`
    #[serde(rename = "appliedSuccessfully")]
    pub applied_successfully: bool,
    /// `currentConfig`
    #[serde(rename = "currentConfig")]
    pub current_config: SslEnforcementResponseCurrentConfig,
}

/// `SslEnforcementResponseCurrentConfig`
///
/// Schema: `#/components/schemas/SslEnforcementResponse/properties/currentConfig`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SslEnforcementResponseCurrentConfig {
    /// `database`
    pub database: bool,
}
