//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ProjectWithDatabaseResponse`.

crate::runtime::object! {
    /// Schema: `V1ProjectWithDatabaseResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ProjectWithDatabaseResponse {
        /// Creation timestamp
        #[wire(required)]
        pub created_at: String,
        #[wire(required)]
        pub database: V1ProjectWithDatabaseResponseDatabase,
        /// Deprecated: Use `ref` instead.
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        #[wire(required)]
        pub id: String,
        /// Name of your project
        #[wire(required)]
        pub name: String,
        /// Deprecated: Use `organization_slug` instead.
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        #[wire(required)]
        pub organization_id: String,
        /// Organization slug
        #[wire(required)]
        pub organization_slug: String,
        /// Project ref
        #[wire("ref", required)]
        pub ref_: String,
        /// Region of your project
        #[wire(required)]
        pub region: String,
        #[wire(required)]
        pub status: V1ProjectWithDatabaseResponseStatus,
    }
}

crate::runtime::object! {
    /// Schema: `V1ProjectWithDatabaseResponse.database`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ProjectWithDatabaseResponseDatabase {
        /// Database host
        #[wire(required)]
        pub host: String,
        /// Database engine
        #[wire(required)]
        pub postgres_engine: String,
        /// Release channel
        #[wire(required)]
        pub release_channel: String,
        /// Database version
        #[wire(required)]
        pub version: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `V1ProjectWithDatabaseResponse.status`
    #[allow(missing_docs)]
    pub enum V1ProjectWithDatabaseResponseStatus {
        Inactive = "INACTIVE",
        ActiveHealthy = "ACTIVE_HEALTHY",
        ActiveUnhealthy = "ACTIVE_UNHEALTHY",
        ComingUp = "COMING_UP",
        UnknownValue = "UNKNOWN",
        GoingDown = "GOING_DOWN",
        InitFailed = "INIT_FAILED",
        Removed = "REMOVED",
        Restoring = "RESTORING",
        Upgrading = "UPGRADING",
        Pausing = "PAUSING",
        RestoreFailed = "RESTORE_FAILED",
        Restarting = "RESTARTING",
        PauseFailed = "PAUSE_FAILED",
        Resizing = "RESIZING",
    }
}
