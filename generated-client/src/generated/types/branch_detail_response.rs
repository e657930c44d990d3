//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BranchDetailResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/BranchDetailResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct BranchDetailResponse {
        pub db_host: String,
        pub db_pass: Option<String>,
        pub db_port: i64,
        pub db_user: Option<String>,
        pub jwt_secret: Option<String>,
        pub postgres_engine: String,
        pub postgres_version: String,
        #[wire("ref")]
        pub r#ref: String,
        pub release_channel: String,
        pub status: BranchDetailResponseStatus,
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/BranchDetailResponse/properties/status`
    #[allow(missing_docs)]
    pub enum BranchDetailResponseStatus {
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
