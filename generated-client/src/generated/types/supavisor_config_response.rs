//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SupavisorConfigResponse`.

crate::runtime::object! {
    /// Schema: `SupavisorConfigResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SupavisorConfigResponse {
        /// Use connection_string instead
        #[wire("connectionString", required)]
        pub connection_string_camel: String,
        #[wire(required)]
        pub connection_string: String,
        #[wire(required)]
        pub database_type: SupavisorConfigResponseDatabaseType,
        #[wire(required)]
        pub db_host: String,
        #[wire(required)]
        pub db_name: String,
        #[wire(required)]
        pub db_port: i64,
        #[wire(required)]
        pub db_user: String,
        #[wire(required)]
        pub default_pool_size: Option<i64>,
        #[wire(required)]
        pub identifier: String,
        #[wire(required)]
        pub is_using_scram_auth: bool,
        #[wire(required)]
        pub max_client_conn: Option<i64>,
        #[wire(required)]
        pub pool_mode: SupavisorConfigResponsePoolMode,
    }
}

crate::runtime::open_enum! {
    /// Schema: `SupavisorConfigResponse.database_type`
    #[allow(missing_docs)]
    pub enum SupavisorConfigResponseDatabaseType {
        Primary = "PRIMARY",
        ReadReplica = "READ_REPLICA",
    }
}

crate::runtime::open_enum! {
    /// Schema: `SupavisorConfigResponse.pool_mode`
    #[allow(missing_docs)]
    pub enum SupavisorConfigResponsePoolMode {
        Transaction = "transaction",
        Session = "session",
    }
}
