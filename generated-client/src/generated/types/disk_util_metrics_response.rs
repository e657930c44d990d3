//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DiskUtilMetricsResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/DiskUtilMetricsResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DiskUtilMetricsResponse {
        pub metrics: DiskUtilMetricsResponseMetrics,
        pub timestamp: String,
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/DiskUtilMetricsResponse/properties/metrics`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DiskUtilMetricsResponseMetrics {
        pub fs_avail_bytes: f64,
        pub fs_size_bytes: f64,
        pub fs_used_bytes: f64,
    }
}
