//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1PgbouncerConfigResponse`.

use serde::{Deserialize, Serialize};

/// `V1PgbouncerConfigResponse`
///
/// Schema: `#/components/schemas/V1PgbouncerConfigResponse`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct V1PgbouncerConfigResponse {
    /// `connection_string`
    pub connection_string: Option<String>,
    /// `default_pool_size`
    pub default_pool_size: Option<i64>,
    /// `ignore_startup_parameters`
    pub ignore_startup_parameters: Option<String>,
    /// `max_client_conn`
    pub max_client_conn: Option<i64>,
    /// `pool_mode`
    pub pool_mode: Option<V1PgbouncerConfigResponsePoolMode>,
    /// `query_wait_timeout`
    pub query_wait_timeout: Option<i64>,
    /// `reserve_pool_size`
    pub reserve_pool_size: Option<i64>,
    /// `server_idle_timeout`
    pub server_idle_timeout: Option<i64>,
    /// `server_lifetime`
    pub server_lifetime: Option<i64>,
}

impl crate::runtime::ToFields for V1PgbouncerConfigResponse {
    const NAME: &'static str = "V1PgbouncerConfigResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("connection_string", &self.connection_string)
            .optional("default_pool_size", &self.default_pool_size)
            .optional("ignore_startup_parameters", &self.ignore_startup_parameters)
            .optional("max_client_conn", &self.max_client_conn)
            .optional("pool_mode", &self.pool_mode)
            .optional("query_wait_timeout", &self.query_wait_timeout)
            .optional("reserve_pool_size", &self.reserve_pool_size)
            .optional("server_idle_timeout", &self.server_idle_timeout)
            .optional("server_lifetime", &self.server_lifetime)
    }
}

impl crate::runtime::FromFields for V1PgbouncerConfigResponse {
    const EXPECTING: &'static str = "struct V1PgbouncerConfigResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut connection_string: Option<String> = None;
        let mut default_pool_size: Option<i64> = None;
        let mut ignore_startup_parameters: Option<String> = None;
        let mut max_client_conn: Option<i64> = None;
        let mut pool_mode: Option<V1PgbouncerConfigResponsePoolMode> = None;
        let mut query_wait_timeout: Option<i64> = None;
        let mut reserve_pool_size: Option<i64> = None;
        let mut server_idle_timeout: Option<i64> = None;
        let mut server_lifetime: Option<i64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "connection_string" => __map.set(&mut connection_string),
                "default_pool_size" => __map.set(&mut default_pool_size),
                "ignore_startup_parameters" => __map.set(&mut ignore_startup_parameters),
                "max_client_conn" => __map.set(&mut max_client_conn),
                "pool_mode" => __map.set(&mut pool_mode),
                "query_wait_timeout" => __map.set(&mut query_wait_timeout),
                "reserve_pool_size" => __map.set(&mut reserve_pool_size),
                "server_idle_timeout" => __map.set(&mut server_idle_timeout),
                "server_lifetime" => __map.set(&mut server_lifetime),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1PgbouncerConfigResponse {
            connection_string,
            default_pool_size,
            ignore_startup_parameters,
            max_client_conn,
            pool_mode,
            query_wait_timeout,
            reserve_pool_size,
            server_idle_timeout,
            server_lifetime,
        })
    }
}
crate::runtime::object_serde!(V1PgbouncerConfigResponse);

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
