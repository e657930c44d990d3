//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateSupavisorConfigResponse`.

crate::runtime::object! {
    /// Schema: `UpdateSupavisorConfigResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateSupavisorConfigResponse {
        #[wire(required)]
        pub default_pool_size: Option<i64>,
        #[wire(required)]
        pub pool_mode: String,
    }
}
