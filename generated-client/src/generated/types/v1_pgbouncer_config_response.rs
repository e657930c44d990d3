//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1PgbouncerConfigResponse`.

use serde::{Deserialize, Serialize};

/// `V1PgbouncerConfigResponse`
///
/// Schema: `#/components/schemas/V1PgbouncerConfigResponse`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct V1PgbouncerConfigResponse {
    /// `connection_string`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_string: Option<String>,
    /// `default_pool_size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_pool_size: Option<i64>,
    /// `ignore_startup_parameters`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_startup_parameters: Option<String>,
    /// `max_client_conn`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_client_conn: Option<i64>,
    /// `pool_mode`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool_mode: Option<V1PgbouncerConfigResponsePoolMode>,
    /// `query_wait_timeout`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_wait_timeout: Option<i64>,
    /// `reserve_pool_size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserve_pool_size: Option<i64>,
    /// `server_idle_timeout`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_idle_timeout: Option<i64>,
    /// `server_lifetime`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_lifetime: Option<i64>,
}

impl<'de> Deserialize<'de> for V1PgbouncerConfigResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1PgbouncerConfigResponse {
    const EXPECTING: &'static str = "struct V1PgbouncerConfigResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<Option<i64>> = None;
        let mut field_2: Option<Option<String>> = None;
        let mut field_3: Option<Option<i64>> = None;
        let mut field_4: Option<Option<V1PgbouncerConfigResponsePoolMode>> = None;
        let mut field_5: Option<Option<i64>> = None;
        let mut field_6: Option<Option<i64>> = None;
        let mut field_7: Option<Option<i64>> = None;
        let mut field_8: Option<Option<i64>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "connection_string" => map.fill(&mut field_0),
                "default_pool_size" => map.fill(&mut field_1),
                "ignore_startup_parameters" => map.fill(&mut field_2),
                "max_client_conn" => map.fill(&mut field_3),
                "pool_mode" => map.fill(&mut field_4),
                "query_wait_timeout" => map.fill(&mut field_5),
                "reserve_pool_size" => map.fill(&mut field_6),
                "server_idle_timeout" => map.fill(&mut field_7),
                "server_lifetime" => map.fill(&mut field_8),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1PgbouncerConfigResponse {
            connection_string: Option::flatten(field_0),
            default_pool_size: Option::flatten(field_1),
            ignore_startup_parameters: Option::flatten(field_2),
            max_client_conn: Option::flatten(field_3),
            pool_mode: Option::flatten(field_4),
            query_wait_timeout: Option::flatten(field_5),
            reserve_pool_size: Option::flatten(field_6),
            server_idle_timeout: Option::flatten(field_7),
            server_lifetime: Option::flatten(field_8),
        })
    }
}

/// `V1PgbouncerConfigResponsePoolMode`
///
/// Schema: `#/components/schemas/V1PgbouncerConfigResponse/properties/pool_mode`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1PgbouncerConfigResponsePoolMode {
    /// `transaction`
    Transaction,
    /// `session`
    Session,
    /// `statement`
    Statement,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1PgbouncerConfigResponsePoolMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Transaction => "transaction",
            Self::Session => "session",
            Self::Statement => "statement",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1PgbouncerConfigResponsePoolMode {
    fn from(value: &str) -> Self {
        match value {
            "transaction" => Self::Transaction,
            "session" => Self::Session,
            "statement" => Self::Statement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1PgbouncerConfigResponsePoolMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1PgbouncerConfigResponsePoolMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1PgbouncerConfigResponsePoolMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
