//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/PostgresConfigResponse`.

crate::runtime::object! {
    /// Schema: `PostgresConfigResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct PostgresConfigResponse {
        /// Default unit: s
        pub checkpoint_timeout: Option<String>,
        pub effective_cache_size: Option<String>,
        pub hot_standby_feedback: Option<bool>,
        pub logical_decoding_work_mem: Option<String>,
        pub maintenance_work_mem: Option<String>,
        pub max_connections: Option<i64>,
        pub max_locks_per_transaction: Option<i64>,
        pub max_parallel_maintenance_workers: Option<i64>,
        pub max_parallel_workers: Option<i64>,
        pub max_parallel_workers_per_gather: Option<i64>,
        pub max_replication_slots: Option<i64>,
        pub max_slot_wal_keep_size: Option<String>,
        pub max_standby_archive_delay: Option<String>,
        pub max_standby_streaming_delay: Option<String>,
        pub max_wal_senders: Option<i64>,
        pub max_wal_size: Option<String>,
        pub max_worker_processes: Option<i64>,
        pub session_replication_role: Option<PostgresConfigResponseSessionReplicationRole>,
        pub shared_buffers: Option<String>,
        /// Default unit: ms
        pub statement_timeout: Option<String>,
        pub track_activity_query_size: Option<String>,
        pub track_commit_timestamp: Option<bool>,
        pub wal_keep_size: Option<String>,
        /// Default unit: ms
        pub wal_sender_timeout: Option<String>,
        pub work_mem: Option<String>,
    }
}

crate::runtime::open_enum! {
    /// Schema: `PostgresConfigResponse.session_replication_role`
    #[allow(missing_docs)]
    pub enum PostgresConfigResponseSessionReplicationRole {
        Origin = "origin",
        Replica = "replica",
        Local = "local",
    }
}
