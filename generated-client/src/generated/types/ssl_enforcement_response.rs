//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SslEnforcementResponse`.

use serde::{Deserialize, Serialize};

/// `SslEnforcementResponse`
///
/// Schema: `#/components/schemas/SslEnforcementResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SslEnforcementResponse {
    /// `appliedSuccessfully`
    #[serde(rename = "appliedSuccessfully")]
    pub applied_successfully: bool,
    /// `currentConfig`
    #[serde(rename = "currentConfig")]
    pub current_config: SslEnforcementResponseCurrentConfig,
}

impl<'de> Deserialize<'de> for SslEnforcementResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for SslEnforcementResponse {
    const EXPECTING: &'static str = "struct SslEnforcementResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<bool> = None;
        let mut field_1: Option<SslEnforcementResponseCurrentConfig> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "appliedSuccessfully" => map.fill(&mut field_0),
                "currentConfig" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(SslEnforcementResponse {
            applied_successfully: crate::runtime::required(
                field_0,
                "appliedSuccessfully",
            )?,
            current_config: crate::runtime::required(field_1, "currentConfig")?,
        })
    }
}

/// `SslEnforcementResponseCurrentConfig`
///
/// Schema: `#/components/schemas/SslEnforcementResponse/properties/currentConfig`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SslEnforcementResponseCurrentConfig {
    /// `database`
    pub database: bool,
}

impl<'de> Deserialize<'de> for SslEnforcementResponseCurrentConfig {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for SslEnforcementResponseCurrentConfig {
    const EXPECTING: &'static str = "struct SslEnforcementResponseCurrentConfig";
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
        Ok(SslEnforcementResponseCurrentConfig {
            database: crate::runtime::required(field_0, "database")?,
        })
    }
}
