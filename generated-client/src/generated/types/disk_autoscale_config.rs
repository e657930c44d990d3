//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DiskAutoscaleConfig`.

crate::runtime::object! {
    /// Schema: `DiskAutoscaleConfig`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DiskAutoscaleConfig {
        /// Growth percentage for disk autoscaling
        #[wire(required)]
        pub growth_percent: Option<i64>,
        /// Maximum limit the disk size will grow to in GB
        #[wire(required)]
        pub max_size_gb: Option<i64>,
        /// Minimum increment size for disk autoscaling in GB
        #[wire(required)]
        pub min_increment_gb: Option<i64>,
    }
}
