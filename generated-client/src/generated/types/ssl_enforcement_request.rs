//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SslEnforcementRequest`.

use serde::{Deserialize, Serialize};

/// `SslEnforcementRequest`
///
/// Schema: `#/components/schemas/SslEnforcementRequest`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SslEnforcementRequest {
    /// `requestedConfig`
    #[serde(rename = "requestedConfig")]
    pub requested_config: SslEnforcementRequestRequestedConfig,
}

impl<'de> Deserialize<'de> for SslEnforcementRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for SslEnforcementRequest {
    const EXPECTING: &'static str = "struct SslEnforcementRequest";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<SslEnforcementRequestRequestedConfig> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "requestedConfig" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(SslEnforcementRequest {
            requested_config: crate::runtime::required(field_0, "requestedConfig")?,
        })
    }
}

impl SslEnforcementRequest {
    /// A value with the required fields (`requested_config`) set and every optional field absent.
    pub fn new(requested_config: SslEnforcementRequestRequestedConfig) -> Self {
        Self { requested_config }
    }
}

/// `SslEnforcementRequestRequestedConfig`
///
/// Schema: `#/components/schemas/SslEnforcementRequest/properties/requestedConfig`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SslEnforcementRequestRequestedConfig {
    /// `database`
    pub database: bool,
}

impl<'de> Deserialize<'de> for SslEnforcementRequestRequestedConfig {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for SslEnforcementRequestRequestedConfig {
    const EXPECTING: &'static str = "struct SslEnforcementRequestRequestedConfig";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<bool> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "database" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(SslEnforcementRequestRequestedConfig {
            database: crate::runtime::required(field_0, "database")?,
        })
    }
}

impl SslEnforcementRequestRequestedConfig {
    /// A value with the required fields (`database`) set and every optional field absent.
    pub fn new(database: bool) -> Self {
        Self { database }
    }
}
