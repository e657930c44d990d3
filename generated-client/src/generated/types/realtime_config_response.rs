//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/RealtimeConfigResponse`.

use serde::{Deserialize, Serialize};

/// `RealtimeConfigResponse`
///
/// Schema: `#/components/schemas/RealtimeConfigResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeConfigResponse {
    /// Sets connection pool size for Realtime Authorization
    pub connection_pool: Option<i64>,
    /// Sets maximum number of bytes per second rate per channel limit
    pub max_bytes_per_second: Option<i64>,
    /// Sets maximum number of channels per client rate limit
    pub max_channels_per_client: Option<i64>,
    /// Sets maximum number of concurrent users rate limit
    pub max_concurrent_users: Option<i64>,
    /// Sets maximum number of events per second rate per channel limit
    pub max_events_per_second: Option<i64>,
    /// Sets maximum number of joins per second rate limit
    pub max_joins_per_second: Option<i64>,
    /// Sets maximum number of payload size in KB rate limit
    pub max_payload_size_in_kb: Option<i64>,
    /// Sets maximum number of presence events per second rate limit
    pub max_presence_events_per_second: Option<i64>,
    /// Whether to enable presence
    pub presence_enabled: bool,
    /// Whether to only allow private channels
    pub private_only: Option<bool>,
    /// Disables the Realtime service for this project when true. Set to false to re-enable it.
    pub suspend: Option<bool>,
}

impl<'de> Deserialize<'de> for RealtimeConfigResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for RealtimeConfigResponse {
    const EXPECTING: &'static str = "struct RealtimeConfigResponse";
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
        let mut field_8: Option<bool> = None;
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
        Ok(RealtimeConfigResponse {
            connection_pool: Option::flatten(field_0),
            max_bytes_per_second: Option::flatten(field_1),
            max_channels_per_client: Option::flatten(field_2),
            max_concurrent_users: Option::flatten(field_3),
            max_events_per_second: Option::flatten(field_4),
            max_joins_per_second: Option::flatten(field_5),
            max_payload_size_in_kb: Option::flatten(field_6),
            max_presence_events_per_second: Option::flatten(field_7),
            presence_enabled: crate::runtime::required(field_8, "presence_enabled")?,
            private_only: Option::flatten(field_9),
            suspend: Option::flatten(field_10),
        })
    }
}
