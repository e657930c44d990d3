//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BranchDetailResponse`.

crate::runtime::object! {
    /// Schema: `BranchDetailResponse`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BranchDetailResponse {
        #[wire(required)]
        pub db_host: String,
        pub db_pass: Option<String>,
        #[wire(required)]
        pub db_port: i64,
        pub db_user: Option<String>,
        pub jwt_secret: Option<String>,
        #[wire(required)]
        pub postgres_engine: String,
        #[wire(required)]
        pub postgres_version: String,
        #[wire("ref", required)]
        pub ref_: String,
        #[wire(required)]
        pub release_channel: String,
        #[wire(required)]
        pub status: BranchDetailResponseStatus,
    }
}

impl std::fmt::Debug for BranchDetailResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BranchDetailResponse")
            .field("db_host", &self.db_host)
            .field("db_pass", &format_args!("[redacted]"))
            .field("db_port", &self.db_port)
            .field("db_user", &self.db_user)
            .field("jwt_secret", &format_args!("[redacted]"))
            .field("postgres_engine", &self.postgres_engine)
            .field("postgres_version", &self.postgres_version)
            .field("ref_", &self.ref_)
            .field("release_channel", &self.release_channel)
            .field("status", &self.status)
            .finish()
    }
}

crate::runtime::open_enum! {
    /// Schema: `BranchDetailResponse.status`
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
