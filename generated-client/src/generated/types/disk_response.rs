//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DiskResponse`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `DiskResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DiskResponse {
        #[wire(required)]
        pub attributes: DiskResponseAttributes,
        pub last_modified_at: Option<String>,
    }
}

/// Schema: `DiskResponse.attributes`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum DiskResponseAttributes {
    #[serde(rename = "gp3")]
    Gp3 {
        iops: i64,
        size_gb: i64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        throughput_mibps: Option<i64>,
    },
    #[serde(rename = "io2")]
    Io2 { iops: i64, size_gb: i64 },
    /// A variant this version of the crate does not know (its fields are dropped).
    #[serde(other)]
    Unknown,
}

impl crate::runtime::Field for DiskResponseAttributes {}
