//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SupavisorConfigResponse`.

use serde::{Deserialize, Serialize};

/// `SupavisorConfigResponse`
///
/// Schema: `#/components/schemas/SupavisorConfigResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SupavisorConfigResponse {
    /// Use connection_string instead
    #[serde(rename = "connectionString")]
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

impl<'de> Deserialize<'de> for SupavisorConfigResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for SupavisorConfigResponse {
    const EXPECTING: &'static str = "struct SupavisorConfigResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<SupavisorConfigResponseDatabaseType> = None;
        let mut field_3: Option<String> = None;
        let mut field_4: Option<String> = None;
        let mut field_5: Option<i64> = None;
        let mut field_6: Option<String> = None;
        let mut field_7: Option<Option<i64>> = None;
        let mut field_8: Option<String> = None;
        let mut field_9: Option<bool> = None;
        let mut field_10: Option<Option<i64>> = None;
        let mut field_11: Option<SupavisorConfigResponsePoolMode> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "connectionString" => map.fill(&mut field_0),
                "connection_string" => map.fill(&mut field_1),
                "database_type" => map.fill(&mut field_2),
                "db_host" => map.fill(&mut field_3),
                "db_name" => map.fill(&mut field_4),
                "db_port" => map.fill(&mut field_5),
                "db_user" => map.fill(&mut field_6),
                "default_pool_size" => map.fill(&mut field_7),
                "identifier" => map.fill(&mut field_8),
                "is_using_scram_auth" => map.fill(&mut field_9),
                "max_client_conn" => map.fill(&mut field_10),
                "pool_mode" => map.fill(&mut field_11),
                _ => map.skip(),
            };
            read?;
        }
        Ok(SupavisorConfigResponse {
            connection_string_camel: crate::runtime::required(
                field_0,
                "connectionString",
            )?,
            connection_string: crate::runtime::required(field_1, "connection_string")?,
            database_type: crate::runtime::required(field_2, "database_type")?,
            db_host: crate::runtime::required(field_3, "db_host")?,
            db_name: crate::runtime::required(field_4, "db_name")?,
            db_port: crate::runtime::required(field_5, "db_port")?,
            db_user: crate::runtime::required(field_6, "db_user")?,
            default_pool_size: Option::flatten(field_7),
            identifier: crate::runtime::required(field_8, "identifier")?,
            is_using_scram_auth: crate::runtime::required(
                field_9,
                "is_using_scram_auth",
            )?,
            max_client_conn: Option::flatten(field_10),
            pool_mode: crate::runtime::required(field_11, "pool_mode")?,
        })
    }
}

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
