//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ServiceHealthResponse`.

use serde::{Deserialize, Serialize};

/// `V1ServiceHealthResponse`
///
/// Schema: `#/components/schemas/V1ServiceHealthResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1ServiceHealthResponse {
    /// `error`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Deprecated. Use `status` instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub healthy: bool,
    /// `info`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info: Option<V1ServiceHealthResponseInfo>,
    /// `name`
    pub name: V1ServiceHealthResponseName,
    /// `status`
    pub status: V1ServiceHealthResponseStatus,
}

impl<'de> Deserialize<'de> for V1ServiceHealthResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1ServiceHealthResponse {
    const EXPECTING: &'static str = "struct V1ServiceHealthResponse";
    #[allow(deprecated)]
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<bool> = None;
        let mut field_2: Option<Option<V1ServiceHealthResponseInfo>> = None;
        let mut field_3: Option<V1ServiceHealthResponseName> = None;
        let mut field_4: Option<V1ServiceHealthResponseStatus> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "error" => map.fill(&mut field_0),
                "healthy" => map.fill(&mut field_1),
                "info" => map.fill(&mut field_2),
                "name" => map.fill(&mut field_3),
                "status" => map.fill(&mut field_4),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1ServiceHealthResponse {
            error: Option::flatten(field_0),
            healthy: crate::runtime::required(field_1, "healthy")?,
            info: Option::flatten(field_2),
            name: crate::runtime::required(field_3, "name")?,
            status: crate::runtime::required(field_4, "status")?,
        })
    }
}

/// `V1ServiceHealthResponseInfo`
///
/// Schema: `#/components/schemas/V1ServiceHealthResponse/properties/info`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum V1ServiceHealthResponseInfo {
    /// The `ConnectedCluster` variant.
    ConnectedCluster(V1ServiceHealthResponseInfoConnectedCluster),
    /// The `GoTrue` variant.
    GoTrue(V1ServiceHealthResponseInfoGoTrue),
    /// The `DbSchema` variant.
    DbSchema(V1ServiceHealthResponseInfoDbSchema),
}

/// `V1ServiceHealthResponseInfoConnectedCluster`
///
/// Schema: `#/components/schemas/V1ServiceHealthResponse/properties/info/oneOf/1`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1ServiceHealthResponseInfoConnectedCluster {
    /// `connected_cluster`
    pub connected_cluster: i64,
    /// `db_connected`
    pub db_connected: bool,
    /// Deprecated. Use `status` instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub healthy: bool,
    /// `replication_connected`
    pub replication_connected: bool,
}

impl<'de> Deserialize<'de> for V1ServiceHealthResponseInfoConnectedCluster {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1ServiceHealthResponseInfoConnectedCluster {
    const EXPECTING: &'static str = "struct V1ServiceHealthResponseInfoConnectedCluster";
    #[allow(deprecated)]
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<i64> = None;
        let mut field_1: Option<bool> = None;
        let mut field_2: Option<bool> = None;
        let mut field_3: Option<bool> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "connected_cluster" => map.fill(&mut field_0),
                "db_connected" => map.fill(&mut field_1),
                "healthy" => map.fill(&mut field_2),
                "replication_connected" => map.fill(&mut field_3),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1ServiceHealthResponseInfoConnectedCluster {
            connected_cluster: crate::runtime::required(field_0, "connected_cluster")?,
            db_connected: crate::runtime::required(field_1, "db_connected")?,
            healthy: crate::runtime::required(field_2, "healthy")?,
            replication_connected: crate::runtime::required(
                field_3,
                "replication_connected",
            )?,
        })
    }
}

/// `V1ServiceHealthResponseInfoDbSchema`
///
/// Schema: `#/components/schemas/V1ServiceHealthResponse/properties/info/oneOf/2`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1ServiceHealthResponseInfoDbSchema {
    /// `db_schema`
    pub db_schema: String,
}

impl<'de> Deserialize<'de> for V1ServiceHealthResponseInfoDbSchema {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1ServiceHealthResponseInfoDbSchema {
    const EXPECTING: &'static str = "struct V1ServiceHealthResponseInfoDbSchema";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "db_schema" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1ServiceHealthResponseInfoDbSchema {
            db_schema: crate::runtime::required(field_0, "db_schema")?,
        })
    }
}

/// `V1ServiceHealthResponseInfoGoTrue`
///
/// Schema: `#/components/schemas/V1ServiceHealthResponse/properties/info/oneOf/0`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1ServiceHealthResponseInfoGoTrue {
    /// `description`
    pub description: String,
    /// `name`
    pub name: V1ServiceHealthResponseInfoGoTrueName,
    /// `version`
    pub version: String,
}

impl<'de> Deserialize<'de> for V1ServiceHealthResponseInfoGoTrue {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1ServiceHealthResponseInfoGoTrue {
    const EXPECTING: &'static str = "struct V1ServiceHealthResponseInfoGoTrue";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<V1ServiceHealthResponseInfoGoTrueName> = None;
        let mut field_2: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "description" => map.fill(&mut field_0),
                "name" => map.fill(&mut field_1),
                "version" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1ServiceHealthResponseInfoGoTrue {
            description: crate::runtime::required(field_0, "description")?,
            name: crate::runtime::required(field_1, "name")?,
            version: crate::runtime::required(field_2, "version")?,
        })
    }
}

/// `V1ServiceHealthResponseInfoGoTrueName`
///
/// Schema: `#/components/schemas/V1ServiceHealthResponse/properties/info/oneOf/0/properties/name`
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
pub enum V1ServiceHealthResponseInfoGoTrueName {
    /// `GoTrue`
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

/// `V1ServiceHealthResponseName`
///
/// Schema: `#/components/schemas/V1ServiceHealthResponse/properties/name`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1ServiceHealthResponseName {
    /// `auth`
    Auth,
    /// `db`
    Db,
    /// `db_postgres_user`
    DbPostgresUser,
    /// `pooler`
    Pooler,
    /// `realtime`
    Realtime,
    /// `rest`
    Rest,
    /// `storage`
    Storage,
    /// `pg_bouncer`
    PgBouncer,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1ServiceHealthResponseName {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auth => "auth",
            Self::Db => "db",
            Self::DbPostgresUser => "db_postgres_user",
            Self::Pooler => "pooler",
            Self::Realtime => "realtime",
            Self::Rest => "rest",
            Self::Storage => "storage",
            Self::PgBouncer => "pg_bouncer",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1ServiceHealthResponseName {
    fn from(value: &str) -> Self {
        match value {
            "auth" => Self::Auth,
            "db" => Self::Db,
            "db_postgres_user" => Self::DbPostgresUser,
            "pooler" => Self::Pooler,
            "realtime" => Self::Realtime,
            "rest" => Self::Rest,
            "storage" => Self::Storage,
            "pg_bouncer" => Self::PgBouncer,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1ServiceHealthResponseName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1ServiceHealthResponseName {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1ServiceHealthResponseName {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `V1ServiceHealthResponseStatus`
///
/// Schema: `#/components/schemas/V1ServiceHealthResponse/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1ServiceHealthResponseStatus {
    /// `COMING_UP`
    ComingUp,
    /// `ACTIVE_HEALTHY`
    ActiveHealthy,
    /// `UNHEALTHY`
    Unhealthy,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1ServiceHealthResponseStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ComingUp => "COMING_UP",
            Self::ActiveHealthy => "ACTIVE_HEALTHY",
            Self::Unhealthy => "UNHEALTHY",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1ServiceHealthResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "COMING_UP" => Self::ComingUp,
            "ACTIVE_HEALTHY" => Self::ActiveHealthy,
            "UNHEALTHY" => Self::Unhealthy,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1ServiceHealthResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1ServiceHealthResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1ServiceHealthResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
