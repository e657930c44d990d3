//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SslEnforcementResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/SslEnforcementResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct SslEnforcementResponse {
        #[wire("appliedSuccessfully")]
        pub applied_successfully: bool,
        #[wire("currentConfig")]
        pub current_config: SslEnforcementResponseCurrentConfig,
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/SslEnforcementResponse/properties/currentConfig`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct SslEnforcementResponseCurrentConfig {
        pub database: bool,
    }
}
