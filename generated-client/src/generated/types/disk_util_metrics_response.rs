//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DiskUtilMetricsResponse`.

use serde::{Deserialize, Serialize};

/// `DiskUtilMetricsResponse`
///
/// Schema: `#/components/schemas/DiskUtilMetricsResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DiskUtilMetricsResponse {
    /// `metrics`
    pub metrics: DiskUtilMetricsResponseMetrics,
    /// `timestamp`
    pub timestamp: String,
}

impl<'de> Deserialize<'de> for DiskUtilMetricsResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for DiskUtilMetricsResponse {
    const EXPECTING: &'static str = "struct DiskUtilMetricsResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<DiskUtilMetricsResponseMetrics> = None;
        let mut field_1: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "metrics" => map.fill(&mut field_0),
                "timestamp" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(DiskUtilMetricsResponse {
            metrics: crate::runtime::required(field_0, "metrics")?,
            timestamp: crate::runtime::required(field_1, "timestamp")?,
        })
    }
}

/// `DiskUtilMetricsResponseMetrics`
///
/// Schema: `#/components/schemas/DiskUtilMetricsResponse/properties/metrics`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DiskUtilMetricsResponseMetrics {
    /// `fs_avail_bytes`
    pub fs_avail_bytes: f64,
    /// `fs_size_bytes`
    pub fs_size_bytes: f64,
    /// `fs_used_bytes`
    pub fs_used_bytes: f64,
}

impl<'de> Deserialize<'de> for DiskUtilMetricsResponseMetrics {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for DiskUtilMetricsResponseMetrics {
    const EXPECTING: &'static str = "struct DiskUtilMetricsResponseMetrics";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<f64> = None;
        let mut field_1: Option<f64> = None;
        let mut field_2: Option<f64> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "fs_avail_bytes" => map.fill(&mut field_0),
                "fs_size_bytes" => map.fill(&mut field_1),
                "fs_used_bytes" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(DiskUtilMetricsResponseMetrics {
            fs_avail_bytes: crate::runtime::required(field_0, "fs_avail_bytes")?,
            fs_size_bytes: crate::runtime::required(field_1, "fs_size_bytes")?,
            fs_used_bytes: crate::runtime::required(field_2, "fs_used_bytes")?,
        })
    }
}
