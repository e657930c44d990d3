//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateRealtimeConfigBody`.

use serde::{Deserialize, Serialize};

/// `UpdateRealtimeConfigBody`
///
/// Schema: `#/components/schemas/UpdateRealtimeConfigBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateRealtimeConfigBody {
    /// Sets connection pool size for Realtime Authorization
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_pool: Option<i64>,
    /// Sets maximum number of bytes per second rate per channel limit
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_bytes_per_second: Option<i64>,
    /// Sets maximum number of channels per client rate limit
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_channels_per_client: Option<i64>,
    /// Sets maximum number of concurrent users rate limit
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_concurrent_users: Option<i64>,
    /// Sets maximum number of events per second rate per channel limit
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_events_per_second: Option<i64>,
    /// Sets maximum number of joins per second rate limit
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_joins_per_second: Option<i64>,
    /// Sets maximum number of payload size in KB rate limit
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_payload_size_in_kb: Option<i64>,
    /// Sets maximum number of presence events per second rate limit
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_presence_events_per_second: Option<i64>,
    /// Whether to enable presence
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presence_enabled: Option<bool>,
    /// Whether to only allow private channels
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_only: Option<bool>,
    /// Disables the Realtime service for this project when true. Set to false to re-enable it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
}
