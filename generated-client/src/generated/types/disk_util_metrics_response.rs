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
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = DiskUtilMetricsResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct DiskUtilMetricsResponse")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<DiskUtilMetricsResponse, __A::Error> {
                let mut field_0: Option<DiskUtilMetricsResponseMetrics> = None;
                let mut field_1: Option<String> = None;
                let mut map = crate::runtime::Fields::new(map);
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
        deserializer.deserialize_map(__Visitor)
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
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = DiskUtilMetricsResponseMetrics;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct DiskUtilMetricsResponseMetrics")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<DiskUtilMetricsResponseMetrics, __A::Error> {
                let mut field_0: Option<f64> = None;
                let mut field_1: Option<f64> = None;
                let mut field_2: Option<f64> = None;
                let mut map = crate::runtime::Fields::new(map);
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
        deserializer.deserialize_map(__Visitor)
    }
}
