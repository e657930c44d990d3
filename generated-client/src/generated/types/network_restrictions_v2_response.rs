//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkRestrictionsV2Response`.

crate::runtime::object! {
    /// Schema: `NetworkRestrictionsV2Response`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct NetworkRestrictionsV2Response {
        pub applied_at: Option<
            crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
        >,
        /// At any given point in time, this is the config that the user has requested be applied to
        /// their project. The `status` field indicates if it has been applied to the project, or is
        /// pending. When an updated config is received, the applied config is moved to
        /// `old_config`.
        #[wire(required)]
        pub config: NetworkRestrictionsV2ResponseConfig,
        #[wire(required)]
        pub entitlement: NetworkRestrictionsV2ResponseEntitlement,
        /// Populated when a new config has been received, but not registered as successfully
        /// applied to a project.
        pub old_config: Option<NetworkRestrictionsV2ResponseOldConfig>,
        #[wire(required)]
        pub status: NetworkRestrictionsV2ResponseStatus,
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
    /// Schema: `NetworkRestrictionsV2Response.config`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct NetworkRestrictionsV2ResponseConfig {
        #[wire("dbAllowedCidrs")]
        pub db_allowed_cidrs: Option<
            Vec<NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem>,
        >,
    }
}

crate::runtime::object! {
    /// Schema: `NetworkRestrictionsV2Response.config.dbAllowedCidrs[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem {
        #[wire(required)]
        pub address: String,
        #[wire("type", required)]
        pub type_: NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItemType,
    }
}

crate::runtime::open_enum! {
    /// Schema: `NetworkRestrictionsV2Response.config.dbAllowedCidrs[].type`
    #[allow(missing_docs)]
    pub enum NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItemType {
        V4 = "v4",
        V6 = "v6",
    }
}

crate::runtime::open_enum! {
    /// Schema: `NetworkRestrictionsV2Response.entitlement`
    #[allow(missing_docs)]
    pub enum NetworkRestrictionsV2ResponseEntitlement {
        Disallowed = "disallowed",
        Allowed = "allowed",
    }
}

crate::runtime::object! {
    /// Populated when a new config has been received, but not registered as successfully applied to
    /// a project.
    ///
    /// Schema: `NetworkRestrictionsV2Response.old_config`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct NetworkRestrictionsV2ResponseOldConfig {
        #[wire("dbAllowedCidrs")]
        pub db_allowed_cidrs: Option<
            Vec<NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem>,
        >,
    }
}

crate::runtime::object! {
    /// Schema: `NetworkRestrictionsV2Response.old_config.dbAllowedCidrs[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem {
        #[wire(required)]
        pub address: String,
        #[wire("type", required)]
        pub type_: NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItemType,
    }
}

crate::runtime::open_enum! {
    /// Schema: `NetworkRestrictionsV2Response.old_config.dbAllowedCidrs[].type`
    #[allow(missing_docs)]
    pub enum NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItemType {
        V4 = "v4",
        V6 = "v6",
    }
}

crate::runtime::open_enum! {
    /// Schema: `NetworkRestrictionsV2Response.status`
    #[allow(missing_docs)]
    pub enum NetworkRestrictionsV2ResponseStatus {
        Stored = "stored",
        Applied = "applied",
    }
}
