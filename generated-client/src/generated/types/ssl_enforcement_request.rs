//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SslEnforcementRequest`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/SslEnforcementRequest`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct SslEnforcementRequest {
        #[wire("requestedConfig")]
        pub requested_config: SslEnforcementRequestRequestedConfig,
    }
}

impl SslEnforcementRequest {
    /// A value with the required fields (`requested_config`) set and every optional field absent.
    pub fn new(requested_config: SslEnforcementRequestRequestedConfig) -> Self {
        Self { requested_config }
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/SslEnforcementRequest/properties/requestedConfig`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct SslEnforcementRequestRequestedConfig {
        pub database: bool,
    }
}

impl SslEnforcementRequestRequestedConfig {
    /// A value with the required fields (`database`) set and every optional field absent.
    pub fn new(database: bool) -> Self {
        Self { database }
    }
}
