//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ServiceHealthResponse`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `V1ServiceHealthResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ServiceHealthResponse {
        pub error: Option<String>,
        /// Deprecated. Use `status` instead.
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        #[wire(required)]
        pub healthy: bool,
        pub info: Option<V1ServiceHealthResponseInfo>,
        #[wire(required)]
        pub name: V1ServiceHealthResponseName,
        #[wire(required)]
        pub status: V1ServiceHealthResponseStatus,
    }
}

/// Schema: `V1ServiceHealthResponse.info`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum V1ServiceHealthResponseInfo {
    ConnectedCluster(V1ServiceHealthResponseInfoConnectedCluster),
    GoTrue(V1ServiceHealthResponseInfoGoTrue),
    DbSchema(V1ServiceHealthResponseInfoDbSchema),
}

impl crate::runtime::Field for V1ServiceHealthResponseInfo {}
crate::runtime::object! {
    /// Schema: `V1ServiceHealthResponse.info.oneOf[1]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ServiceHealthResponseInfoConnectedCluster {
        #[wire(required)]
        pub connected_cluster: i64,
        #[wire(required)]
        pub db_connected: bool,
        /// Deprecated. Use `status` instead.
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        #[wire(required)]
        pub healthy: bool,
        #[wire(required)]
        pub replication_connected: bool,
    }
}

crate::runtime::object! {
    /// Schema: `V1ServiceHealthResponse.info.oneOf[2]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ServiceHealthResponseInfoDbSchema {
        #[wire(required)]
        pub db_schema: String,
    }
}

crate::runtime::object! {
    /// Schema: `V1ServiceHealthResponse.info.oneOf[0]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ServiceHealthResponseInfoGoTrue {
        #[wire(required)]
        pub description: String,
        #[wire(required)]
        pub name: V1ServiceHealthResponseInfoGoTrueName,
        #[wire(required)]
        pub version: String,
    }
}

/// Schema: `V1ServiceHealthResponse.info.oneOf[0].name`
#[allow(missing_docs)]
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize
)]
#[non_exhaustive]
pub enum V1ServiceHealthResponseInfoGoTrueName {
    #[serde(rename = "GoTrue")]
    GoTrue,
}

impl V1ServiceHealthResponseInfoGoTrueName {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::GoTrue => "GoTrue",
        }
    }
}

impl std::fmt::Display for V1ServiceHealthResponseInfoGoTrueName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl crate::runtime::Field for V1ServiceHealthResponseInfoGoTrueName {}
crate::runtime::open_enum! {
    /// Schema: `V1ServiceHealthResponse.name`
    #[allow(missing_docs)]
    pub enum V1ServiceHealthResponseName {
        Auth = "auth",
        Db = "db",
        DbPostgresUser = "db_postgres_user",
        Pooler = "pooler",
        Realtime = "realtime",
        Rest = "rest",
        Storage = "storage",
        PgBouncer = "pg_bouncer",
    }
}

crate::runtime::open_enum! {
    /// Schema: `V1ServiceHealthResponse.status`
    #[allow(missing_docs)]
    pub enum V1ServiceHealthResponseStatus {
        ComingUp = "COMING_UP",
        ActiveHealthy = "ACTIVE_HEALTHY",
        Unhealthy = "UNHEALTHY",
    }
}
