//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/LegacyApiKeysResponse`.

use serde::{Deserialize, Serialize};

/// `LegacyApiKeysResponse`
///
/// Schema: `#/components/schemas/LegacyApiKeysResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LegacyApiKeysResponse {
    /// `enabled`
    pub enabled: bool,
}

impl<'de> Deserialize<'de> for LegacyApiKeysResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = LegacyApiKeysResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct LegacyApiKeysResponse")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<LegacyApiKeysResponse, __A::Error> {
                let mut field_0: Option<bool> = None;
                while let Some(key) = map.next_key::<crate::runtime::FieldKey<'de>>()? {
                    match key.as_str() {
                        "enabled" => field_0 = Some(map.next_value()?),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(LegacyApiKeysResponse {
                    enabled: crate::runtime::required(field_0, "enabled")?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
