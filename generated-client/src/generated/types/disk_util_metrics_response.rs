//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DiskUtilMetricsResponse`.

use serde::{Deserialize, Serialize};

/// `DiskUtilMetricsResponse`
///
/// Schema: `#/components/schemas/DiskUtilMetricsResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiskUtilMetricsResponse {
    /// `metrics`
    pub metrics: DiskUtilMetricsResponseMetrics,
    /// `timestamp`
    pub timestamp: String,
}

/// `DiskUtilMetricsResponseMetrics`
///
/// Schema: `#/components/schemas/DiskUtilMetricsResponse/properties/metrics`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiskUtilMetricsResponseMetrics {
    /// `fs_avail_bytes`
    pub fs_avail_bytes: f64,
    /// `fs_size_bytes`
    pub fs_size_bytes: f64,
    /// `fs_used_bytes`
    pub fs_used_bytes: f64,
}
