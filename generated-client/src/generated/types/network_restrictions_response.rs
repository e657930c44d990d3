//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkRestrictionsResponse`.

crate::runtime::object! {
    /// Schema: `NetworkRestrictionsResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct NetworkRestrictionsResponse {
        pub applied_at: Option<
            crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
        >,
        /// At any given point in time, this is the config that the user has requested be applied to
        /// their project. The `status` field indicates if it has been applied to the project, or is
        /// pending. When an updated config is received, the applied config is moved to
        /// `old_config`.
        #[wire(required)]
        pub config: NetworkRestrictionsResponseConfig,
        #[wire(required)]
        pub entitlement: NetworkRestrictionsResponseEntitlement,
        /// Populated when a new config has been received, but not registered as successfully
        /// applied to a project.
        pub old_config: Option<NetworkRestrictionsResponseOldConfig>,
        #[wire(required)]
        pub status: NetworkRestrictionsResponseStatus,
        pub updated_at: Option<
            crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
        >,
    }
}

crate::runtime::object! {
    /// At any given point in time, this is the config that the user has requested be applied to
    /// their project. The `status` field indicates if it has been applied to the project, or is
    /// pending. When an updated config is received, the applied config is moved to `old_config`.
    ///
    /// Schema: `NetworkRestrictionsResponse.config`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct NetworkRestrictionsResponseConfig {
        #[wire("dbAllowedCidrs")]
        pub db_allowed_cidrs: Option<Vec<String>>,
        #[wire("dbAllowedCidrsV6")]
        pub db_allowed_cidrs_v6: Option<Vec<String>>,
    }
}

crate::runtime::open_enum! {
    /// Schema: `NetworkRestrictionsResponse.entitlement`
    #[allow(missing_docs)]
    pub enum NetworkRestrictionsResponseEntitlement {
        Disallowed = "disallowed",
        Allowed = "allowed",
    }
}

crate::runtime::object! {
    /// Populated when a new config has been received, but not registered as successfully applied to
    /// a project.
    ///
    /// Schema: `NetworkRestrictionsResponse.old_config`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct NetworkRestrictionsResponseOldConfig {
        #[wire("dbAllowedCidrs")]
        pub db_allowed_cidrs: Option<Vec<String>>,
        #[wire("dbAllowedCidrsV6")]
        pub db_allowed_cidrs_v6: Option<Vec<String>>,
    }
}

crate::runtime::open_enum! {
    /// Schema: `NetworkRestrictionsResponse.status`
    #[allow(missing_docs)]
    pub enum NetworkRestrictionsResponseStatus {
        Stored = "stored",
        Applied = "applied",
    }
}
