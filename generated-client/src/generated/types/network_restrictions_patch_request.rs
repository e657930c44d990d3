//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkRestrictionsPatchRequest`.

crate::runtime::object! {
    /// Schema: `NetworkRestrictionsPatchRequest`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct NetworkRestrictionsPatchRequest {
        pub add: Option<NetworkRestrictionsPatchRequestAdd>,
        pub remove: Option<NetworkRestrictionsPatchRequestRemove>,
    }
}

crate::runtime::object! {
    /// Schema: `NetworkRestrictionsPatchRequest.add`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct NetworkRestrictionsPatchRequestAdd {
        #[wire("dbAllowedCidrs")]
        pub db_allowed_cidrs: Option<Vec<String>>,
        #[wire("dbAllowedCidrsV6")]
        pub db_allowed_cidrs_v6: Option<Vec<String>>,
    }
}

crate::runtime::object! {
    /// Schema: `NetworkRestrictionsPatchRequest.remove`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct NetworkRestrictionsPatchRequestRemove {
        #[wire("dbAllowedCidrs")]
        pub db_allowed_cidrs: Option<Vec<String>>,
        #[wire("dbAllowedCidrsV6")]
        pub db_allowed_cidrs_v6: Option<Vec<String>>,
    }
}
