//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ServiceHealthResponse`.

use serde::{Deserialize, Serialize};

/// `V1ServiceHealthResponse`
///
/// Schema: `#/components/schemas/V1ServiceHealthResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct V1ServiceHealthResponse {
    /// `error`
    pub error: Option<String>,
    /// Deprecated. Use `status` instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub healthy: bool,
    /// `info`
    pub info: Option<V1ServiceHealthResponseInfo>,
    /// `name`
    pub name: V1ServiceHealthResponseName,
    /// `status`
    pub status: V1ServiceHealthResponseStatus,
}

impl crate::runtime::ToFields for V1ServiceHealthResponse {
    const NAME: &'static str = "V1ServiceHealthResponse";
    const ADDITIONAL: bool = false;
    #[allow(deprecated)]
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("error", &self.error)
            .field("healthy", &self.healthy)
            .optional("info", &self.info)
            .field("name", &self.name)
            .field("status", &self.status)
    }
}

impl crate::runtime::FromFields for V1ServiceHealthResponse {
    const EXPECTING: &'static str = "struct V1ServiceHealthResponse";
    #[allow(deprecated)]
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut error: Option<String> = None;
        let mut healthy: Option<bool> = None;
        let mut info: Option<V1ServiceHealthResponseInfo> = None;
        let mut name: Option<V1ServiceHealthResponseName> = None;
        let mut status: Option<V1ServiceHealthResponseStatus> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "error" => __map.set(&mut error),
                "healthy" => __map.fill(&mut healthy),
                "info" => __map.set(&mut info),
                "name" => __map.fill(&mut name),
                "status" => __map.fill(&mut status),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ServiceHealthResponse {
            error,
            healthy: crate::runtime::required(healthy, "healthy")?,
            info,
            name: crate::runtime::required(name, "name")?,
            status: crate::runtime::required(status, "status")?,
        })
    }
}
crate::runtime::object_serde!(V1ServiceHealthResponse);

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
#[derive(Debug, Clone, PartialEq)]
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

impl crate::runtime::ToFields for V1ServiceHealthResponseInfoConnectedCluster {
    const NAME: &'static str = "V1ServiceHealthResponseInfoConnectedCluster";
    const ADDITIONAL: bool = false;
    #[allow(deprecated)]
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("connected_cluster", &self.connected_cluster)
            .field("db_connected", &self.db_connected)
            .field("healthy", &self.healthy)
            .field("replication_connected", &self.replication_connected)
    }
}

impl crate::runtime::FromFields for V1ServiceHealthResponseInfoConnectedCluster {
    const EXPECTING: &'static str = "struct V1ServiceHealthResponseInfoConnectedCluster";
    #[allow(deprecated)]
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut connected_cluster: Option<i64> = None;
        let mut db_connected: Option<bool> = None;
        let mut healthy: Option<bool> = None;
        let mut replication_connected: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "connected_cluster" => __map.fill(&mut connected_cluster),
                "db_connected" => __map.fill(&mut db_connected),
                "healthy" => __map.fill(&mut healthy),
                "replication_connected" => __map.fill(&mut replication_connected),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ServiceHealthResponseInfoConnectedCluster {
            connected_cluster: crate::runtime::required(
                connected_cluster,
                "connected_cluster",
            )?,
            db_connected: crate::runtime::required(db_connected, "db_connected")?,
            healthy: crate::runtime::required(healthy, "healthy")?,
            replication_connected: crate::runtime::required(
                replication_connected,
                "replication_connected",
            )?,
        })
    }
}
crate::runtime::object_serde!(V1ServiceHealthResponseInfoConnectedCluster);

/// `V1ServiceHealthResponseInfoDbSchema`
///
/// Schema: `#/components/schemas/V1ServiceHealthResponse/properties/info/oneOf/2`
#[derive(Debug, Clone, PartialEq)]
pub struct V1ServiceHealthResponseInfoDbSchema {
    /// `db_schema`
    pub db_schema: String,
}

impl crate::runtime::ToFields for V1ServiceHealthResponseInfoDbSchema {
    const NAME: &'static str = "V1ServiceHealthResponseInfoDbSchema";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("db_schema", &self.db_schema)
    }
}

impl crate::runtime::FromFields for V1ServiceHealthResponseInfoDbSchema {
    const EXPECTING: &'static str = "struct V1ServiceHealthResponseInfoDbSchema";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut db_schema: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "db_schema" => __map.fill(&mut db_schema),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ServiceHealthResponseInfoDbSchema {
            db_schema: crate::runtime::required(db_schema, "db_schema")?,
        })
    }
}
crate::runtime::object_serde!(V1ServiceHealthResponseInfoDbSchema);

/// `V1ServiceHealthResponseInfoGoTrue`
///
/// Schema: `#/components/schemas/V1ServiceHealthResponse/properties/info/oneOf/0`
#[derive(Debug, Clone, PartialEq)]
pub struct V1ServiceHealthResponseInfoGoTrue {
    /// `description`
    pub description: String,
    /// `name`
    pub name: V1ServiceHealthResponseInfoGoTrueName,
    /// `version`
    pub version: String,
}

impl crate::runtime::ToFields for V1ServiceHealthResponseInfoGoTrue {
    const NAME: &'static str = "V1ServiceHealthResponseInfoGoTrue";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("description", &self.description)
            .field("name", &self.name)
            .field("version", &self.version)
    }
}

impl crate::runtime::FromFields for V1ServiceHealthResponseInfoGoTrue {
    const EXPECTING: &'static str = "struct V1ServiceHealthResponseInfoGoTrue";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut description: Option<String> = None;
        let mut name: Option<V1ServiceHealthResponseInfoGoTrueName> = None;
        let mut version: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "description" => __map.fill(&mut description),
                "name" => __map.fill(&mut name),
                "version" => __map.fill(&mut version),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ServiceHealthResponseInfoGoTrue {
            description: crate::runtime::required(description, "description")?,
            name: crate::runtime::required(name, "name")?,
            version: crate::runtime::required(version, "version")?,
        })
    }
}
crate::runtime::object_serde!(V1ServiceHealthResponseInfoGoTrue);

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
