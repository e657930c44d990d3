//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SslEnforcementRequest`.

crate::runtime::object! {
    /// Schema: `SslEnforcementRequest`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SslEnforcementRequest {
        #[wire("requestedConfig", required)]
        pub requested_config: SslEnforcementRequestRequestedConfig,
    }
}

crate::runtime::object! {
    /// Schema: `SslEnforcementRequest.requestedConfig`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SslEnforcementRequestRequestedConfig {
        #[wire(required)]
        pub database: bool,
    }
}
