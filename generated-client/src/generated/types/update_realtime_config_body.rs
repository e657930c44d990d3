//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateRealtimeConfigBody`.

use serde::{Deserialize, Serialize};

/// `UpdateRealtimeConfigBody`
///
/// Schema: `#/components/schemas/UpdateRealtimeConfigBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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

impl<'de> Deserialize<'de> for UpdateRealtimeConfigBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateRealtimeConfigBody {
    const EXPECTING: &'static str = "struct UpdateRealtimeConfigBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<i64>> = None;
        let mut field_1: Option<Option<i64>> = None;
        let mut field_2: Option<Option<i64>> = None;
        let mut field_3: Option<Option<i64>> = None;
        let mut field_4: Option<Option<i64>> = None;
        let mut field_5: Option<Option<i64>> = None;
        let mut field_6: Option<Option<i64>> = None;
        let mut field_7: Option<Option<i64>> = None;
        let mut field_8: Option<Option<bool>> = None;
        let mut field_9: Option<Option<bool>> = None;
        let mut field_10: Option<Option<bool>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "connection_pool" => map.fill(&mut field_0),
                "max_bytes_per_second" => map.fill(&mut field_1),
                "max_channels_per_client" => map.fill(&mut field_2),
                "max_concurrent_users" => map.fill(&mut field_3),
                "max_events_per_second" => map.fill(&mut field_4),
                "max_joins_per_second" => map.fill(&mut field_5),
                "max_payload_size_in_kb" => map.fill(&mut field_6),
                "max_presence_events_per_second" => map.fill(&mut field_7),
                "presence_enabled" => map.fill(&mut field_8),
                "private_only" => map.fill(&mut field_9),
                "suspend" => map.fill(&mut field_10),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateRealtimeConfigBody {
            connection_pool: Option::flatten(field_0),
            max_bytes_per_second: Option::flatten(field_1),
            max_channels_per_client: Option::flatten(field_2),
            max_concurrent_users: Option::flatten(field_3),
            max_events_per_second: Option::flatten(field_4),
            max_joins_per_second: Option::flatten(field_5),
            max_payload_size_in_kb: Option::flatten(field_6),
            max_presence_events_per_second: Option::flatten(field_7),
            presence_enabled: Option::flatten(field_8),
            private_only: Option::flatten(field_9),
            suspend: Option::flatten(field_10),
        })
    }
}
