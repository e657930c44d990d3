//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/RealtimeConfigResponse`.

/// `RealtimeConfigResponse`
///
/// Schema: `#/components/schemas/RealtimeConfigResponse`
#[derive(Debug, Clone, PartialEq)]
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

impl crate::runtime::ToFields for RealtimeConfigResponse {
    const NAME: &'static str = "RealtimeConfigResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("connection_pool", &self.connection_pool)
            .field("max_bytes_per_second", &self.max_bytes_per_second)
            .field("max_channels_per_client", &self.max_channels_per_client)
            .field("max_concurrent_users", &self.max_concurrent_users)
            .field("max_events_per_second", &self.max_events_per_second)
            .field("max_joins_per_second", &self.max_joins_per_second)
            .field("max_payload_size_in_kb", &self.max_payload_size_in_kb)
            .field(
                "max_presence_events_per_second",
                &self.max_presence_events_per_second,
            )
            .field("presence_enabled", &self.presence_enabled)
            .field("private_only", &self.private_only)
            .field("suspend", &self.suspend)
    }
}

impl crate::runtime::FromFields for RealtimeConfigResponse {
    const EXPECTING: &'static str = "struct RealtimeConfigResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut connection_pool: Option<i64> = None;
        let mut max_bytes_per_second: Option<i64> = None;
        let mut max_channels_per_client: Option<i64> = None;
        let mut max_concurrent_users: Option<i64> = None;
        let mut max_events_per_second: Option<i64> = None;
        let mut max_joins_per_second: Option<i64> = None;
        let mut max_payload_size_in_kb: Option<i64> = None;
        let mut max_presence_events_per_second: Option<i64> = None;
        let mut presence_enabled: Option<bool> = None;
        let mut private_only: Option<bool> = None;
        let mut suspend: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "connection_pool" => __map.set(&mut connection_pool),
                "max_bytes_per_second" => __map.set(&mut max_bytes_per_second),
                "max_channels_per_client" => __map.set(&mut max_channels_per_client),
                "max_concurrent_users" => __map.set(&mut max_concurrent_users),
                "max_events_per_second" => __map.set(&mut max_events_per_second),
                "max_joins_per_second" => __map.set(&mut max_joins_per_second),
                "max_payload_size_in_kb" => __map.set(&mut max_payload_size_in_kb),
                "max_presence_events_per_second" => {
                    __map.set(&mut max_presence_events_per_second)
                }
                "presence_enabled" => __map.fill(&mut presence_enabled),
                "private_only" => __map.set(&mut private_only),
                "suspend" => __map.set(&mut suspend),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(RealtimeConfigResponse {
            connection_pool,
            max_bytes_per_second,
            max_channels_per_client,
            max_concurrent_users,
            max_events_per_second,
            max_joins_per_second,
            max_payload_size_in_kb,
            max_presence_events_per_second,
            presence_enabled: crate::runtime::required(
                presence_enabled,
                "presence_enabled",
            )?,
            private_only,
            suspend,
        })
    }
}
crate::runtime::object_serde!(RealtimeConfigResponse);
