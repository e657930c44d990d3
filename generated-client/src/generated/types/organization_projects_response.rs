//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OrganizationProjectsResponse`.

crate::runtime::object! {
    /// Schema: `OrganizationProjectsResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct OrganizationProjectsResponse {
        #[wire(required)]
        pub pagination: OrganizationProjectsResponsePagination,
        #[wire(required)]
        pub projects: Vec<OrganizationProjectsResponseProjectsItem>,
    }
}

crate::runtime::object! {
    /// Schema: `OrganizationProjectsResponse.pagination`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct OrganizationProjectsResponsePagination {
        /// Total number of projects. Use this to calculate the total number of pages.
        #[wire(required)]
        pub count: f64,
        /// Maximum number of projects per page
        #[wire(required)]
        pub limit: f64,
        /// Number of projects skipped in this response
        #[wire(required)]
        pub offset: f64,
    }
}

crate::runtime::object! {
    /// Schema: `OrganizationProjectsResponse.projects[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct OrganizationProjectsResponseProjectsItem {
        #[wire(required)]
        pub cloud_provider: String,
        #[wire(required)]
        pub databases: Vec<OrganizationProjectsResponseProjectsItemDatabasesItem>,
        #[wire(required)]
        pub inserted_at: String,
        #[wire(required)]
        pub is_branch: bool,
        #[wire(required)]
        pub name: String,
        #[wire("ref", required)]
        pub ref_: String,
        #[wire(required)]
        pub region: String,
        #[wire(required)]
        pub status: OrganizationProjectsResponseProjectsItemStatus,
    }
}

crate::runtime::object! {
    /// Schema: `OrganizationProjectsResponse.projects[].databases[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct OrganizationProjectsResponseProjectsItemDatabasesItem {
        #[wire(required)]
        pub cloud_provider: String,
        pub disk_last_modified_at: Option<String>,
        pub disk_throughput_mbps: Option<f64>,
        pub disk_type: Option<OrganizationProjectsResponseProjectsItemDatabasesItemDiskType>,
        pub disk_volume_size_gb: Option<f64>,
        #[wire(required)]
        pub identifier: String,
        pub infra_compute_size: Option<
            OrganizationProjectsResponseProjectsItemDatabasesItemInfraComputeSize,
        >,
        #[wire(required)]
        pub region: String,
        #[wire(required)]
        pub status: OrganizationProjectsResponseProjectsItemDatabasesItemStatus,
        #[wire("type", required)]
        pub type_: OrganizationProjectsResponseProjectsItemDatabasesItemType,
    }
}

crate::runtime::open_enum! {
    /// Schema: `OrganizationProjectsResponse.projects[].databases[].disk_type`
    #[allow(missing_docs)]
    pub enum OrganizationProjectsResponseProjectsItemDatabasesItemDiskType {
        Gp3 = "gp3",
        Io2 = "io2",
    }
}

crate::runtime::open_enum! {
    /// Schema: `OrganizationProjectsResponse.projects[].databases[].infra_compute_size`
    #[allow(missing_docs)]
    pub enum OrganizationProjectsResponseProjectsItemDatabasesItemInfraComputeSize {
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
    /// Schema: `OrganizationProjectsResponse.projects[].databases[].status`
    #[allow(missing_docs)]
    pub enum OrganizationProjectsResponseProjectsItemDatabasesItemStatus {
        ActiveHealthy = "ACTIVE_HEALTHY",
        ActiveUnhealthy = "ACTIVE_UNHEALTHY",
        ComingUp = "COMING_UP",
        GoingDown = "GOING_DOWN",
        InitFailed = "INIT_FAILED",
        Removed = "REMOVED",
        Restoring = "RESTORING",
        UnknownValue = "UNKNOWN",
        InitReadReplica = "INIT_READ_REPLICA",
        InitReadReplicaFailed = "INIT_READ_REPLICA_FAILED",
        Restarting = "RESTARTING",
        Resizing = "RESIZING",
    }
}

crate::runtime::open_enum! {
    /// Schema: `OrganizationProjectsResponse.projects[].databases[].type`
    #[allow(missing_docs)]
    pub enum OrganizationProjectsResponseProjectsItemDatabasesItemType {
        Primary = "PRIMARY",
        ReadReplica = "READ_REPLICA",
    }
}

crate::runtime::open_enum! {
    /// Schema: `OrganizationProjectsResponse.projects[].status`
    #[allow(missing_docs)]
    pub enum OrganizationProjectsResponseProjectsItemStatus {
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
