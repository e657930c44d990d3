//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdatePostgresConfigBody`.

use serde::{Deserialize, Serialize};

/// `UpdatePostgresConfigBody`
///
/// Schema: `#/components/schemas/UpdatePostgresConfigBody`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdatePostgresConfigBody {
    /// Default unit: s
    pub checkpoint_timeout: Option<String>,
    /// `effective_cache_size`
    pub effective_cache_size: Option<String>,
    /// `hot_standby_feedback`
    pub hot_standby_feedback: Option<bool>,
    /// `logical_decoding_work_mem`
    pub logical_decoding_work_mem: Option<String>,
    /// `maintenance_work_mem`
    pub maintenance_work_mem: Option<String>,
    /// `max_connections`
    pub max_connections: Option<i64>,
    /// `max_locks_per_transaction`
    pub max_locks_per_transaction: Option<i64>,
    /// `max_parallel_maintenance_workers`
    pub max_parallel_maintenance_workers: Option<i64>,
    /// `max_parallel_workers`
    pub max_parallel_workers: Option<i64>,
    /// `max_parallel_workers_per_gather`
    pub max_parallel_workers_per_gather: Option<i64>,
    /// `max_replication_slots`
    pub max_replication_slots: Option<i64>,
    /// `max_slot_wal_keep_size`
    pub max_slot_wal_keep_size: Option<String>,
    /// `max_standby_archive_delay`
    pub max_standby_archive_delay: Option<String>,
    /// `max_standby_streaming_delay`
    pub max_standby_streaming_delay: Option<String>,
    /// `max_wal_senders`
    pub max_wal_senders: Option<i64>,
    /// `max_wal_size`
    pub max_wal_size: Option<String>,
    /// `max_worker_processes`
    pub max_worker_processes: Option<i64>,
    /// `restart_database`
    pub restart_database: Option<bool>,
    /// `session_replication_role`
    pub session_replication_role: Option<UpdatePostgresConfigBodySessionReplicationRole>,
    /// `shared_buffers`
    pub shared_buffers: Option<String>,
    /// Default unit: ms
    pub statement_timeout: Option<String>,
    /// `track_activity_query_size`
    pub track_activity_query_size: Option<String>,
    /// `track_commit_timestamp`
    pub track_commit_timestamp: Option<bool>,
    /// `wal_keep_size`
    pub wal_keep_size: Option<String>,
    /// Default unit: ms
    pub wal_sender_timeout: Option<String>,
    /// `work_mem`
    pub work_mem: Option<String>,
}

impl crate::runtime::ToFields for UpdatePostgresConfigBody {
    const NAME: &'static str = "UpdatePostgresConfigBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("checkpoint_timeout", &self.checkpoint_timeout)
            .optional("effective_cache_size", &self.effective_cache_size)
            .optional("hot_standby_feedback", &self.hot_standby_feedback)
            .optional("logical_decoding_work_mem", &self.logical_decoding_work_mem)
            .optional("maintenance_work_mem", &self.maintenance_work_mem)
            .optional("max_connections", &self.max_connections)
            .optional("max_locks_per_transaction", &self.max_locks_per_transaction)
            .optional(
                "max_parallel_maintenance_workers",
                &self.max_parallel_maintenance_workers,
            )
            .optional("max_parallel_workers", &self.max_parallel_workers)
            .optional(
                "max_parallel_workers_per_gather",
                &self.max_parallel_workers_per_gather,
            )
            .optional("max_replication_slots", &self.max_replication_slots)
            .optional("max_slot_wal_keep_size", &self.max_slot_wal_keep_size)
            .optional("max_standby_archive_delay", &self.max_standby_archive_delay)
            .optional("max_standby_streaming_delay", &self.max_standby_streaming_delay)
            .optional("max_wal_senders", &self.max_wal_senders)
            .optional("max_wal_size", &self.max_wal_size)
            .optional("max_worker_processes", &self.max_worker_processes)
            .optional("restart_database", &self.restart_database)
            .optional("session_replication_role", &self.session_replication_role)
            .optional("shared_buffers", &self.shared_buffers)
            .optional("statement_timeout", &self.statement_timeout)
            .optional("track_activity_query_size", &self.track_activity_query_size)
            .optional("track_commit_timestamp", &self.track_commit_timestamp)
            .optional("wal_keep_size", &self.wal_keep_size)
            .optional("wal_sender_timeout", &self.wal_sender_timeout)
            .optional("work_mem", &self.work_mem)
    }
}

impl crate::runtime::FromFields for UpdatePostgresConfigBody {
    const EXPECTING: &'static str = "struct UpdatePostgresConfigBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut checkpoint_timeout: Option<String> = None;
        let mut effective_cache_size: Option<String> = None;
        let mut hot_standby_feedback: Option<bool> = None;
        let mut logical_decoding_work_mem: Option<String> = None;
        let mut maintenance_work_mem: Option<String> = None;
        let mut max_connections: Option<i64> = None;
        let mut max_locks_per_transaction: Option<i64> = None;
        let mut max_parallel_maintenance_workers: Option<i64> = None;
        let mut max_parallel_workers: Option<i64> = None;
        let mut max_parallel_workers_per_gather: Option<i64> = None;
        let mut max_replication_slots: Option<i64> = None;
        let mut max_slot_wal_keep_size: Option<String> = None;
        let mut max_standby_archive_delay: Option<String> = None;
        let mut max_standby_streaming_delay: Option<String> = None;
        let mut max_wal_senders: Option<i64> = None;
        let mut max_wal_size: Option<String> = None;
        let mut max_worker_processes: Option<i64> = None;
        let mut restart_database: Option<bool> = None;
        let mut session_replication_role: Option<
            UpdatePostgresConfigBodySessionReplicationRole,
        > = None;
        let mut shared_buffers: Option<String> = None;
        let mut statement_timeout: Option<String> = None;
        let mut track_activity_query_size: Option<String> = None;
        let mut track_commit_timestamp: Option<bool> = None;
        let mut wal_keep_size: Option<String> = None;
        let mut wal_sender_timeout: Option<String> = None;
        let mut work_mem: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "checkpoint_timeout" => __map.set(&mut checkpoint_timeout),
                "effective_cache_size" => __map.set(&mut effective_cache_size),
                "hot_standby_feedback" => __map.set(&mut hot_standby_feedback),
                "logical_decoding_work_mem" => __map.set(&mut logical_decoding_work_mem),
                "maintenance_work_mem" => __map.set(&mut maintenance_work_mem),
                "max_connections" => __map.set(&mut max_connections),
                "max_locks_per_transaction" => __map.set(&mut max_locks_per_transaction),
                "max_parallel_maintenance_workers" => {
                    __map.set(&mut max_parallel_maintenance_workers)
                }
                "max_parallel_workers" => __map.set(&mut max_parallel_workers),
                "max_parallel_workers_per_gather" => {
                    __map.set(&mut max_parallel_workers_per_gather)
                }
                "max_replication_slots" => __map.set(&mut max_replication_slots),
                "max_slot_wal_keep_size" => __map.set(&mut max_slot_wal_keep_size),
                "max_standby_archive_delay" => __map.set(&mut max_standby_archive_delay),
                "max_standby_streaming_delay" => {
                    __map.set(&mut max_standby_streaming_delay)
                }
                "max_wal_senders" => __map.set(&mut max_wal_senders),
                "max_wal_size" => __map.set(&mut max_wal_size),
                "max_worker_processes" => __map.set(&mut max_worker_processes),
                "restart_database" => __map.set(&mut restart_database),
                "session_replication_role" => __map.set(&mut session_replication_role),
                "shared_buffers" => __map.set(&mut shared_buffers),
                "statement_timeout" => __map.set(&mut statement_timeout),
                "track_activity_query_size" => __map.set(&mut track_activity_query_size),
                "track_commit_timestamp" => __map.set(&mut track_commit_timestamp),
                "wal_keep_size" => __map.set(&mut wal_keep_size),
                "wal_sender_timeout" => __map.set(&mut wal_sender_timeout),
                "work_mem" => __map.set(&mut work_mem),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdatePostgresConfigBody {
            checkpoint_timeout,
            effective_cache_size,
            hot_standby_feedback,
            logical_decoding_work_mem,
            maintenance_work_mem,
            max_connections,
            max_locks_per_transaction,
            max_parallel_maintenance_workers,
            max_parallel_workers,
            max_parallel_workers_per_gather,
            max_replication_slots,
            max_slot_wal_keep_size,
            max_standby_archive_delay,
            max_standby_streaming_delay,
            max_wal_senders,
            max_wal_size,
            max_worker_processes,
            restart_database,
            session_replication_role,
            shared_buffers,
            statement_timeout,
            track_activity_query_size,
            track_commit_timestamp,
            wal_keep_size,
            wal_sender_timeout,
            work_mem,
        })
    }
}
crate::runtime::object_serde!(UpdatePostgresConfigBody);

/// `UpdatePostgresConfigBodySessionReplicationRole`
///
/// Schema: `#/components/schemas/UpdatePostgresConfigBody/properties/session_replication_role`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdatePostgresConfigBodySessionReplicationRole {
    /// `origin`
    Origin,
    /// `replica`
    Replica,
    /// `local`
    Local,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl UpdatePostgresConfigBodySessionReplicationRole {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Origin => "origin",
            Self::Replica => "replica",
            Self::Local => "local",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdatePostgresConfigBodySessionReplicationRole {
    fn from(value: &str) -> Self {
        match value {
            "origin" => Self::Origin,
            "replica" => Self::Replica,
            "local" => Self::Local,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for UpdatePostgresConfigBodySessionReplicationRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdatePostgresConfigBodySessionReplicationRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdatePostgresConfigBodySessionReplicationRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
