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
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = SslEnforcementRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct SslEnforcementRequest")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<SslEnforcementRequest, __A::Error> {
                let mut field_0: Option<SslEnforcementRequestRequestedConfig> = None;
                let mut map = crate::runtime::Fields::new(map);
                while let Some(key) = map.next_key()? {
                    let read = match key.as_str() {
                        "requestedConfig" => map.fill(&mut field_0),
                        _ => map.skip(),
                    };
                    read?;
                }
                Ok(SslEnforcementRequest {
                    requested_config: crate::runtime::required(
                        field_0,
                        "requestedConfig",
                    )?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
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
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = SslEnforcementRequestRequestedConfig;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct SslEnforcementRequestRequestedConfig")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<SslEnforcementRequestRequestedConfig, __A::Error> {
                let mut field_0: Option<bool> = None;
                let mut map = crate::runtime::Fields::new(map);
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
        deserializer.deserialize_map(__Visitor)
    }
}

impl SslEnforcementRequestRequestedConfig {
    /// A value with the required fields (`database`) set and every optional field absent.
    pub fn new(database: bool) -> Self {
        Self { database }
    }
}
