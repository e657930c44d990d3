//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DiskResponse`.

use serde::{Deserialize, Serialize};

/// `DiskResponse`
///
/// Schema: `#/components/schemas/DiskResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiskResponse {
    /// `attributes`
    pub attributes: DiskResponseAttributes,
    /// `last_modified_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified_at: Option<String>,
}

/// `DiskResponseAttributes`
///
/// Schema: `#/components/schemas/DiskResponse/properties/attributes`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum DiskResponseAttributes {
    /// `gp3`
    #[serde(rename = "gp3")]
    Gp3 {
        /// `iops`
        iops: i64,
        /// `size_gb`
        size_gb: i64,
        /// `throughput_mibps`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        throughput_mibps: Option<i64>,
    },
    /// `io2`
    #[serde(rename = "io2")]
    Io2 {
        /// `iops`
        iops: i64,
        /// `size_gb`
        size_gb: i64,
    },
    /// A variant this version of the crate does not know (its fields are dropped).
    #[serde(other)]
    Unknown,
}
