//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DiskAutoscaleConfig`.

use serde::{Deserialize, Serialize};

/// `DiskAutoscaleConfig`
///
/// Schema: `#/components/schemas/DiskAutoscaleConfig`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiskAutoscaleConfig {
    /// Growth percentage for disk autoscaling
    pub growth_percent: Option<i64>,
    /// Maximum limit the disk size will grow to in GB
    pub max_size_gb: Option<i64>,
    /// Minimum increment size for disk autoscaling in GB
    pub min_increment_gb: Option<i64>,
}
