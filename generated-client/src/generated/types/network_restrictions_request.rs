//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkRestrictionsRequest`.

crate::runtime::object! {
    /// Schema: `NetworkRestrictionsRequest`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct NetworkRestrictionsRequest {
        #[wire("dbAllowedCidrs")]
        pub db_allowed_cidrs: Option<Vec<String>>,
        #[wire("dbAllowedCidrsV6")]
        pub db_allowed_cidrs_v6: Option<Vec<String>>,
    }
}
