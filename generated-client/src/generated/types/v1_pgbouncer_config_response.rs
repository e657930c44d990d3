//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1PgbouncerConfigResponse`.

crate::runtime::object! {
    /// Schema: `V1PgbouncerConfigResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct V1PgbouncerConfigResponse {
        pub connection_string: Option<String>,
        pub default_pool_size: Option<i64>,
        pub ignore_startup_parameters: Option<String>,
        pub max_client_conn: Option<i64>,
        pub pool_mode: Option<V1PgbouncerConfigResponsePoolMode>,
        pub query_wait_timeout: Option<i64>,
        pub reserve_pool_size: Option<i64>,
        pub server_idle_timeout: Option<i64>,
        pub server_lifetime: Option<i64>,
    }
}

crate::runtime::open_enum! {
    /// Schema: `V1PgbouncerConfigResponse.pool_mode`
    #[allow(missing_docs)]
    pub enum V1PgbouncerConfigResponsePoolMode {
        Transaction = "transaction",
        Session = "session",
        Statement = "statement",
    }
}
