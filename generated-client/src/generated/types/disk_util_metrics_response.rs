//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DiskUtilMetricsResponse`.

crate::runtime::object! {
    /// Schema: `DiskUtilMetricsResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DiskUtilMetricsResponse {
        #[wire(required)]
        pub metrics: DiskUtilMetricsResponseMetrics,
        #[wire(required)]
        pub timestamp: String,
    }
}

crate::runtime::object! {
    /// Schema: `DiskUtilMetricsResponse.metrics`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DiskUtilMetricsResponseMetrics {
        #[wire(required)]
        pub fs_avail_bytes: f64,
        #[wire(required)]
        pub fs_size_bytes: f64,
        #[wire(required)]
        pub fs_used_bytes: f64,
    }
}
