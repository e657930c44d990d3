//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BranchResponse`.

crate::runtime::object! {
    /// Schema: `BranchResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BranchResponse {
        #[wire(required)]
        pub created_at: crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
        pub deletion_scheduled_at: Option<
            crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
        >,
        pub git_branch: Option<String>,
        #[wire(required)]
        pub id: crate::runtime::uuid::Uuid,
        #[wire(required)]
        pub is_default: bool,
        /// This field is deprecated and will not be populated.
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        pub latest_check_run_id: Option<f64>,
        #[wire(required)]
        pub name: String,
        pub notify_url: Option<String>,
        #[wire(required)]
        pub parent_project_ref: String,
        #[wire(required)]
        pub persistent: bool,
        pub pr_number: Option<i32>,
        pub preview_project_status: Option<BranchResponsePreviewProjectStatus>,
        #[wire(required)]
        pub project_ref: String,
        pub review_requested_at: Option<
            crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
        >,
        /// This field is deprecated. List action runs to get branch status instead.
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        #[wire(required)]
        pub status: BranchResponseStatus,
        #[wire(required)]
        pub updated_at: crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
        #[wire(required)]
        pub with_data: bool,
    }
}

crate::runtime::open_enum! {
    /// Schema: `BranchResponse.preview_project_status`
    #[allow(missing_docs)]
    pub enum BranchResponsePreviewProjectStatus {
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

crate::runtime::open_enum! {
    /// This field is deprecated. List action runs to get branch status instead.
    ///
    /// **Deprecated** in the API.
    ///
    /// Schema: `BranchResponse.status`
    #[allow(missing_docs)]
    pub enum BranchResponseStatus {
        CreatingProject = "CREATING_PROJECT",
        RunningMigrations = "RUNNING_MIGRATIONS",
        MigrationsPassed = "MIGRATIONS_PASSED",
        MigrationsFailed = "MIGRATIONS_FAILED",
        FunctionsDeployed = "FUNCTIONS_DEPLOYED",
        FunctionsFailed = "FUNCTIONS_FAILED",
    }
}
