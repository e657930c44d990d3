//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SupavisorConfigResponse`.

use serde::{Deserialize, Serialize};

/// `SupavisorConfigResponse`
///
/// Schema: `#/components/schemas/SupavisorConfigResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct SupavisorConfigResponse {
    /// Use connection_string instead
    pub connection_string_camel: String,
    /// `connection_string`
    pub connection_string: String,
    /// `database_type`
    pub database_type: SupavisorConfigResponseDatabaseType,
    /// `db_host`
    pub db_host: String,
    /// `db_name`
    pub db_name: String,
    /// `db_port`
    pub db_port: i64,
    /// `db_user`
    pub db_user: String,
    /// `default_pool_size`
    pub default_pool_size: Option<i64>,
    /// `identifier`
    pub identifier: String,
    /// `is_using_scram_auth`
    pub is_using_scram_auth: bool,
    /// `max_client_conn`
    pub max_client_conn: Option<i64>,
    /// `pool_mode`
    pub pool_mode: SupavisorConfigResponsePoolMode,
}

impl crate::runtime::ToFields for SupavisorConfigResponse {
    const NAME: &'static str = "SupavisorConfigResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("connectionString", &self.connection_string_camel)
            .field("connection_string", &self.connection_string)
            .field("database_type", &self.database_type)
            .field("db_host", &self.db_host)
            .field("db_name", &self.db_name)
            .field("db_port", &self.db_port)
            .field("db_user", &self.db_user)
            .field("default_pool_size", &self.default_pool_size)
            .field("identifier", &self.identifier)
            .field("is_using_scram_auth", &self.is_using_scram_auth)
            .field("max_client_conn", &self.max_client_conn)
            .field("pool_mode", &self.pool_mode)
    }
}

impl crate::runtime::FromFields for SupavisorConfigResponse {
    const EXPECTING: &'static str = "struct SupavisorConfigResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut connection_string_camel: Option<String> = None;
        let mut connection_string: Option<String> = None;
        let mut database_type: Option<SupavisorConfigResponseDatabaseType> = None;
        let mut db_host: Option<String> = None;
        let mut db_name: Option<String> = None;
        let mut db_port: Option<i64> = None;
        let mut db_user: Option<String> = None;
        let mut default_pool_size: Option<i64> = None;
        let mut identifier: Option<String> = None;
        let mut is_using_scram_auth: Option<bool> = None;
        let mut max_client_conn: Option<i64> = None;
        let mut pool_mode: Option<SupavisorConfigResponsePoolMode> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "connectionString" => __map.fill(&mut connection_string_camel),
                "connection_string" => __map.fill(&mut connection_string),
                "database_type" => __map.fill(&mut database_type),
                "db_host" => __map.fill(&mut db_host),
                "db_name" => __map.fill(&mut db_name),
                "db_port" => __map.fill(&mut db_port),
                "db_user" => __map.fill(&mut db_user),
                "default_pool_size" => __map.set(&mut default_pool_size),
                "identifier" => __map.fill(&mut identifier),
                "is_using_scram_auth" => __map.fill(&mut is_using_scram_auth),
                "max_client_conn" => __map.set(&mut max_client_conn),
                "pool_mode" => __map.fill(&mut pool_mode),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(SupavisorConfigResponse {
            connection_string_camel: crate::runtime::required(
                connection_string_camel,
                "connectionString",
            )?,
            connection_string: crate::runtime::required(
                connection_string,
                "connection_string",
            )?,
            database_type: crate::runtime::required(database_type, "database_type")?,
            db_host: crate::runtime::required(db_host, "db_host")?,
            db_name: crate::runtime::required(db_name, "db_name")?,
            db_port: crate::runtime::required(db_port, "db_port")?,
            db_user: crate::runtime::required(db_user, "db_user")?,
            default_pool_size,
            identifier: crate::runtime::required(identifier, "identifier")?,
            is_using_scram_auth: crate::runtime::required(
                is_using_scram_auth,
                "is_using_scram_auth",
            )?,
            max_client_conn,
            pool_mode: crate::runtime::required(pool_mode, "pool_mode")?,
        })
    }
}
crate::runtime::object_serde!(SupavisorConfigResponse);

/// `SupavisorConfigResponseDatabaseType`
///
/// Schema: `#/components/schemas/SupavisorConfigResponse/properties/database_type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SupavisorConfigResponseDatabaseType {
    /// `PRIMARY`
    Primary,
    /// `READ_REPLICA`
    ReadReplica,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl SupavisorConfigResponseDatabaseType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "PRIMARY",
            Self::ReadReplica => "READ_REPLICA",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SupavisorConfigResponseDatabaseType {
    fn from(value: &str) -> Self {
        match value {
            "PRIMARY" => Self::Primary,
            "READ_REPLICA" => Self::ReadReplica,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for SupavisorConfigResponseDatabaseType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SupavisorConfigResponseDatabaseType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SupavisorConfigResponseDatabaseType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `SupavisorConfigResponsePoolMode`
///
/// Schema: `#/components/schemas/SupavisorConfigResponse/properties/pool_mode`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SupavisorConfigResponsePoolMode {
    /// `transaction`
    Transaction,
    /// `session`
    Session,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl SupavisorConfigResponsePoolMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Transaction => "transaction",
            Self::Session => "session",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SupavisorConfigResponsePoolMode {
    fn from(value: &str) -> Self {
        match value {
            "transaction" => Self::Transaction,
            "session" => Self::Session,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for SupavisorConfigResponsePoolMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SupavisorConfigResponsePoolMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SupavisorConfigResponsePoolMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
