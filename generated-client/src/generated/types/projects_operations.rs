//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types declared inline in operations (their parameters, bodies and responses).

crate::runtime::open_enum! {
    /// Defaults to `"name_asc"` on the server.
    ///
    /// Schema: `GET /v1/organizations/{slug}/projects parameters[4]`
    #[allow(missing_docs)]
    pub enum GetAllProjectsForOrganizationSort {
        NameAsc = "name_asc",
        NameDesc = "name_desc",
        CreatedAsc = "created_asc",
        CreatedDesc = "created_desc",
    }
}

crate::runtime::open_enum! {
    /// Schema: `GET /v1/projects/available-regions parameters[1]`
    #[allow(missing_docs)]
    pub enum GetAvailableRegionsContinent {
        Na = "NA",
        Sa = "SA",
        Eu = "EU",
        Af = "AF",
        As = "AS",
        Oc = "OC",
        An = "AN",
    }
}

crate::runtime::open_enum! {
    /// Schema: `GET /v1/projects/available-regions parameters[2]`
    #[allow(missing_docs)]
    pub enum GetAvailableRegionsDesiredInstanceSize {
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
    /// Schema: `GET /v1/projects/{ref}/health parameters[1][]`
    #[allow(missing_docs)]
    pub enum GetServicesHealthServicesItem {
        Auth = "auth",
        Db = "db",
        DbPostgresUser = "db_postgres_user",
        Pooler = "pooler",
        Realtime = "realtime",
        Rest = "rest",
        Storage = "storage",
        PgBouncer = "pg_bouncer",
    }
}
