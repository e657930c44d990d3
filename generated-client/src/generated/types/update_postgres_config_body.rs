//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdatePostgresConfigBody`.

use serde::{Deserialize, Serialize};

/// `UpdatePostgresConfigBody`
///
/// Schema: `#/components/schemas/UpdatePostgresConfigBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdatePostgresConfigBody {
    /// Default unit: s
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkpoint_timeout: Option<String>,
    /// `effective_cache_size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_cache_size: Option<String>,
    /// `hot_standby_feedback`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hot_standby_feedback: Option<bool>,
    /// `logical_decoding_work_mem`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logical_decoding_work_mem: Option<String>,
    /// `maintenance_work_mem`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maintenance_work_mem: Option<String>,
    /// `max_connections`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_connections: Option<i64>,
    /// `max_locks_per_transaction`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_locks_per_transaction: Option<i64>,
    /// `max_parallel_maintenance_workers`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_parallel_maintenance_workers: Option<i64>,
    /// `max_parallel_workers`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_parallel_workers: Option<i64>,
    /// `max_parallel_workers_per_gather`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_parallel_workers_per_gather: Option<i64>,
    /// `max_replication_slots`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_replication_slots: Option<i64>,
    /// `max_slot_wal_keep_size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_slot_wal_keep_size: Option<String>,
    /// `max_standby_archive_delay`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_standby_archive_delay: Option<String>,
    /// `max_standby_streaming_delay`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_standby_streaming_delay: Option<String>,
    /// `max_wal_senders`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_wal_senders: Option<i64>,
    /// `max_wal_size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_wal_size: Option<String>,
    /// `max_worker_processes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_worker_processes: Option<i64>,
    /// `restart_database`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restart_database: Option<bool>,
    /// `session_replication_role`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_replication_role: Option<UpdatePostgresConfigBodySessionReplicationRole>,
    /// `shared_buffers`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_buffers: Option<String>,
    /// Default unit: ms
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement_timeout: Option<String>,
    /// `track_activity_query_size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track_activity_query_size: Option<String>,
    /// `track_commit_timestamp`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track_commit_timestamp: Option<bool>,
    /// `wal_keep_size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wal_keep_size: Option<String>,
    /// Default unit: ms
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wal_sender_timeout: Option<String>,
    /// `work_mem`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_mem: Option<String>,
}

impl<'de> Deserialize<'de> for UpdatePostgresConfigBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdatePostgresConfigBody {
    const EXPECTING: &'static str = "struct UpdatePostgresConfigBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<Option<String>> = None;
        let mut field_2: Option<Option<bool>> = None;
        let mut field_3: Option<Option<String>> = None;
        let mut field_4: Option<Option<String>> = None;
        let mut field_5: Option<Option<i64>> = None;
        let mut field_6: Option<Option<i64>> = None;
        let mut field_7: Option<Option<i64>> = None;
        let mut field_8: Option<Option<i64>> = None;
        let mut field_9: Option<Option<i64>> = None;
        let mut field_10: Option<Option<i64>> = None;
        let mut field_11: Option<Option<String>> = None;
        let mut field_12: Option<Option<String>> = None;
        let mut field_13: Option<Option<String>> = None;
        let mut field_14: Option<Option<i64>> = None;
        let mut field_15: Option<Option<String>> = None;
        let mut field_16: Option<Option<i64>> = None;
        let mut field_17: Option<Option<bool>> = None;
        let mut field_18: Option<
            Option<UpdatePostgresConfigBodySessionReplicationRole>,
        > = None;
        let mut field_19: Option<Option<String>> = None;
        let mut field_20: Option<Option<String>> = None;
        let mut field_21: Option<Option<String>> = None;
        let mut field_22: Option<Option<bool>> = None;
        let mut field_23: Option<Option<String>> = None;
        let mut field_24: Option<Option<String>> = None;
        let mut field_25: Option<Option<String>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "checkpoint_timeout" => map.fill(&mut field_0),
                "effective_cache_size" => map.fill(&mut field_1),
                "hot_standby_feedback" => map.fill(&mut field_2),
                "logical_decoding_work_mem" => map.fill(&mut field_3),
                "maintenance_work_mem" => map.fill(&mut field_4),
                "max_connections" => map.fill(&mut field_5),
                "max_locks_per_transaction" => map.fill(&mut field_6),
                "max_parallel_maintenance_workers" => map.fill(&mut field_7),
                "max_parallel_workers" => map.fill(&mut field_8),
                "max_parallel_workers_per_gather" => map.fill(&mut field_9),
                "max_replication_slots" => map.fill(&mut field_10),
                "max_slot_wal_keep_size" => map.fill(&mut field_11),
                "max_standby_archive_delay" => map.fill(&mut field_12),
                "max_standby_streaming_delay" => map.fill(&mut field_13),
                "max_wal_senders" => map.fill(&mut field_14),
                "max_wal_size" => map.fill(&mut field_15),
                "max_worker_processes" => map.fill(&mut field_16),
                "restart_database" => map.fill(&mut field_17),
                "session_replication_role" => map.fill(&mut field_18),
                "shared_buffers" => map.fill(&mut field_19),
                "statement_timeout" => map.fill(&mut field_20),
                "track_activity_query_size" => map.fill(&mut field_21),
                "track_commit_timestamp" => map.fill(&mut field_22),
                "wal_keep_size" => map.fill(&mut field_23),
                "wal_sender_timeout" => map.fill(&mut field_24),
                "work_mem" => map.fill(&mut field_25),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdatePostgresConfigBody {
            checkpoint_timeout: Option::flatten(field_0),
            effective_cache_size: Option::flatten(field_1),
            hot_standby_feedback: Option::flatten(field_2),
            logical_decoding_work_mem: Option::flatten(field_3),
            maintenance_work_mem: Option::flatten(field_4),
            max_connections: Option::flatten(field_5),
            max_locks_per_transaction: Option::flatten(field_6),
            max_parallel_maintenance_workers: Option::flatten(field_7),
            max_parallel_workers: Option::flatten(field_8),
            max_parallel_workers_per_gather: Option::flatten(field_9),
            max_replication_slots: Option::flatten(field_10),
            max_slot_wal_keep_size: Option::flatten(field_11),
            max_standby_archive_delay: Option::flatten(field_12),
            max_standby_streaming_delay: Option::flatten(field_13),
            max_wal_senders: Option::flatten(field_14),
            max_wal_size: Option::flatten(field_15),
            max_worker_processes: Option::flatten(field_16),
            restart_database: Option::flatten(field_17),
            session_replication_role: Option::flatten(field_18),
            shared_buffers: Option::flatten(field_19),
            statement_timeout: Option::flatten(field_20),
            track_activity_query_size: Option::flatten(field_21),
            track_commit_timestamp: Option::flatten(field_22),
            wal_keep_size: Option::flatten(field_23),
            wal_sender_timeout: Option::flatten(field_24),
            work_mem: Option::flatten(field_25),
        })
    }
}

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
