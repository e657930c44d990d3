//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DiskUtilMetricsResponse`.

/// `DiskUtilMetricsResponse`
///
/// Schema: `#/components/schemas/DiskUtilMetricsResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct DiskUtilMetricsResponse {
    /// `metrics`
    pub metrics: DiskUtilMetricsResponseMetrics,
    /// `timestamp`
    pub timestamp: String,
}

impl crate::runtime::ToFields for DiskUtilMetricsResponse {
    const NAME: &'static str = "DiskUtilMetricsResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("metrics", &self.metrics).field("timestamp", &self.timestamp)
    }
}

impl crate::runtime::FromFields for DiskUtilMetricsResponse {
    const EXPECTING: &'static str = "struct DiskUtilMetricsResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut metrics: Option<DiskUtilMetricsResponseMetrics> = None;
        let mut timestamp: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "metrics" => __map.fill(&mut metrics),
                "timestamp" => __map.fill(&mut timestamp),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(DiskUtilMetricsResponse {
            metrics: crate::runtime::required(metrics, "metrics")?,
            timestamp: crate::runtime::required(timestamp, "timestamp")?,
        })
    }
}
crate::runtime::object_serde!(DiskUtilMetricsResponse);

/// `DiskUtilMetricsResponseMetrics`
///
/// Schema: `#/components/schemas/DiskUtilMetricsResponse/properties/metrics`
#[derive(Debug, Clone, PartialEq)]
pub struct DiskUtilMetricsResponseMetrics {
    /// `fs_avail_bytes`
    pub fs_avail_bytes: f64,
    /// `fs_size_bytes`
    pub fs_size_bytes: f64,
    /// `fs_used_bytes`
    pub fs_used_bytes: f64,
}

impl crate::runtime::ToFields for DiskUtilMetricsResponseMetrics {
    const NAME: &'static str = "DiskUtilMetricsResponseMetrics";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("fs_avail_bytes", &self.fs_avail_bytes)
            .field("fs_size_bytes", &self.fs_size_bytes)
            .field("fs_used_bytes", &self.fs_used_bytes)
    }
}

impl crate::runtime::FromFields for DiskUtilMetricsResponseMetrics {
    const EXPECTING: &'static str = "struct DiskUtilMetricsResponseMetrics";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut fs_avail_bytes: Option<f64> = None;
        let mut fs_size_bytes: Option<f64> = None;
        let mut fs_used_bytes: Option<f64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "fs_avail_bytes" => __map.fill(&mut fs_avail_bytes),
                "fs_size_bytes" => __map.fill(&mut fs_size_bytes),
                "fs_used_bytes" => __map.fill(&mut fs_used_bytes),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(DiskUtilMetricsResponseMetrics {
            fs_avail_bytes: crate::runtime::required(fs_avail_bytes, "fs_avail_bytes")?,
            fs_size_bytes: crate::runtime::required(fs_size_bytes, "fs_size_bytes")?,
            fs_used_bytes: crate::runtime::required(fs_used_bytes, "fs_used_bytes")?,
        })
    }
}
crate::runtime::object_serde!(DiskUtilMetricsResponseMetrics);
