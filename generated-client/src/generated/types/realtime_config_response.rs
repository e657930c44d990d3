//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/RealtimeConfigResponse`.

crate::runtime::object! {
    /// Schema: `RealtimeConfigResponse`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct RealtimeConfigResponse {
        /// Sets connection pool size for Realtime Authorization
        #[wire(required)]
        pub connection_pool: Option<i64>,
        /// Sets maximum number of bytes per second rate per channel limit
        #[wire(required)]
        pub max_bytes_per_second: Option<i64>,
        /// Sets maximum number of channels per client rate limit
        #[wire(required)]
        pub max_channels_per_client: Option<i64>,
        /// Sets maximum number of concurrent users rate limit
        #[wire(required)]
        pub max_concurrent_users: Option<i64>,
        /// Sets maximum number of events per second rate per channel limit
        #[wire(required)]
        pub max_events_per_second: Option<i64>,
        /// Sets maximum number of joins per second rate limit
        #[wire(required)]
        pub max_joins_per_second: Option<i64>,
        /// Sets maximum number of payload size in KB rate limit
        #[wire(required)]
        pub max_payload_size_in_kb: Option<i64>,
        /// Sets maximum number of presence events per second rate limit
        #[wire(required)]
        pub max_presence_events_per_second: Option<i64>,
        /// Whether to enable presence
        #[wire(required)]
        pub presence_enabled: bool,
        /// Whether to only allow private channels
        #[wire(required)]
        pub private_only: Option<bool>,
        /// Disables the Realtime service for this project when true. Set to false to re-enable it.
        #[wire(required)]
        pub suspend: Option<bool>,
    }
}
