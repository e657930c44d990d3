//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DiskRequestBody`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `DiskRequestBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DiskRequestBody {
        #[wire(required)]
        pub attributes: DiskRequestBodyAttributes,
    }
}

/// Schema: `DiskRequestBody.attributes`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum DiskRequestBodyAttributes {
    #[serde(rename = "gp3")]
    Gp3 {
        iops: i64,
        size_gb: i64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        throughput_mibps: Option<i64>,
    },
    #[serde(rename = "io2")]
    Io2 { iops: i64, size_gb: i64 },
}

impl crate::runtime::Field for DiskRequestBodyAttributes {}
