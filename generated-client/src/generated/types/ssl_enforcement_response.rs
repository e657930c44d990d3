//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SslEnforcementResponse`.

crate::runtime::object! {
    /// Schema: `SslEnforcementResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SslEnforcementResponse {
        #[wire("appliedSuccessfully", required)]
        pub applied_successfully: bool,
        #[wire("currentConfig", required)]
        pub current_config: SslEnforcementResponseCurrentConfig,
    }
}

crate::runtime::object! {
    /// Schema: `SslEnforcementResponse.currentConfig`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SslEnforcementResponseCurrentConfig {
        #[wire(required)]
        pub database: bool,
    }
}
