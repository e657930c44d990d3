//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/PostgresConfigResponse`.

use serde::{Deserialize, Serialize};

/// `PostgresConfigResponse`
///
/// Schema: `#/components/schemas/PostgresConfigResponse`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PostgresConfigResponse {
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
    /// `session_replication_role`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_replication_role: Option<PostgresConfigResponseSessionReplicationRole>,
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

/// `PostgresConfigResponseSessionReplicationRole`
///
/// Schema: `#/components/schemas/PostgresConfigResponse/properties/session_replication_role`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PostgresConfigResponseSessionReplicationRole {
    /// `origin`
    Origin,
    /// `replica`
    Replica,
    /// `local`
    Local,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl PostgresConfigResponseSessionReplicationRole {
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

impl From<&str> for PostgresConfigResponseSessionReplicationRole {
    fn from(value: &str) -> Self {
        match value {
            "origin" => Self::Origin,
            "replica" => Self::Replica,
            "local" => Self::Local,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for PostgresConfigResponseSessionReplicationRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for PostgresConfigResponseSessionReplicationRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PostgresConfigResponseSessionReplicationRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
