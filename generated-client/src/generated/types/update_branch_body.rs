//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateBranchBody`.

crate::runtime::object! {
    /// Schema: `UpdateBranchBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct UpdateBranchBody {
        pub branch_name: Option<String>,
        pub git_branch: Option<String>,
        /// HTTP endpoint to receive branch status updates.
        pub notify_url: Option<String>,
        pub persistent: Option<bool>,
        pub request_review: Option<bool>,
        /// This field is deprecated and will be ignored. Use v1-reset-a-branch endpoint directly
        /// instead.
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        pub reset_on_push: Option<bool>,
        pub status: Option<UpdateBranchBodyStatus>,
    }
}

crate::runtime::open_enum! {
    /// Schema: `UpdateBranchBody.status`
    #[allow(missing_docs)]
    pub enum UpdateBranchBodyStatus {
        CreatingProject = "CREATING_PROJECT",
        RunningMigrations = "RUNNING_MIGRATIONS",
        MigrationsPassed = "MIGRATIONS_PASSED",
        MigrationsFailed = "MIGRATIONS_FAILED",
        FunctionsDeployed = "FUNCTIONS_DEPLOYED",
        FunctionsFailed = "FUNCTIONS_FAILED",
    }
}
