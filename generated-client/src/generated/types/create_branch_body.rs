//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateBranchBody`.

crate::runtime::object! {
    /// Schema: `CreateBranchBody`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateBranchBody {
        #[wire(required)]
        pub branch_name: String,
        pub desired_instance_size: Option<CreateBranchBodyDesiredInstanceSize>,
        pub git_branch: Option<String>,
        pub is_default: Option<bool>,
        /// HTTP endpoint to receive branch status updates.
        pub notify_url: Option<String>,
        pub persistent: Option<bool>,
        /// Postgres engine version. If not provided, the latest version will be used.
        pub postgres_engine: Option<CreateBranchBodyPostgresEngine>,
        pub region: Option<String>,
        /// Release channel. If not provided, GA will be used.
        pub release_channel: Option<CreateBranchBodyReleaseChannel>,
        pub secrets: Option<std::collections::BTreeMap<String, String>>,
        pub with_data: Option<bool>,
    }
}

impl std::fmt::Debug for CreateBranchBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateBranchBody")
            .field("branch_name", &self.branch_name)
            .field("desired_instance_size", &self.desired_instance_size)
            .field("git_branch", &self.git_branch)
            .field("is_default", &self.is_default)
            .field("notify_url", &self.notify_url)
            .field("persistent", &self.persistent)
            .field("postgres_engine", &self.postgres_engine)
            .field("region", &self.region)
            .field("release_channel", &self.release_channel)
            .field("secrets", &format_args!("[redacted]"))
            .field("with_data", &self.with_data)
            .finish()
    }
}

crate::runtime::open_enum! {
    /// Schema: `CreateBranchBody.desired_instance_size`
    #[allow(missing_docs)]
    pub enum CreateBranchBodyDesiredInstanceSize {
        Pico = "pico",
        Nano = "nano",
        Micro = "micro",
        Small = "small",
        Medium = "medium",
        Large = "large",
        Xlarge = "xlarge",
        V2xlarge = "2xlarge",
        V4xlarge = "4xlarge",
        V8xlarge = "8xlarge",
        V12xlarge = "12xlarge",
        V16xlarge = "16xlarge",
        V24xlarge = "24xlarge",
        V24xlargeOptimizedMemory = "24xlarge_optimized_memory",
        V24xlargeOptimizedCpu = "24xlarge_optimized_cpu",
        V24xlargeHighMemory = "24xlarge_high_memory",
        V48xlarge = "48xlarge",
        V48xlargeOptimizedMemory = "48xlarge_optimized_memory",
        V48xlargeOptimizedCpu = "48xlarge_optimized_cpu",
        V48xlargeHighMemory = "48xlarge_high_memory",
    }
}

crate::runtime::open_enum! {
    /// Postgres engine version. If not provided, the latest version will be used.
    ///
    /// Schema: `CreateBranchBody.postgres_engine`
    #[allow(missing_docs)]
    pub enum CreateBranchBodyPostgresEngine {
        V15 = "15",
        V17 = "17",
        V17Oriole = "17-oriole",
    }
}

crate::runtime::open_enum! {
    /// Release channel. If not provided, GA will be used.
    ///
    /// Schema: `CreateBranchBody.release_channel`
    #[allow(missing_docs)]
    pub enum CreateBranchBodyReleaseChannel {
        Internal = "internal",
        Alpha = "alpha",
        Beta = "beta",
        Ga = "ga",
        Withdrawn = "withdrawn",
        Preview = "preview",
    }
}
