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
                map: __A,
            ) -> Result<LegacyApiKeysResponse, __A::Error> {
                let mut field_0: Option<bool> = None;
                let mut map = crate::runtime::Fields::new(map);
                while let Some(key) = map.next_key()? {
                    let read = match key.as_str() {
                        "enabled" => map.fill(&mut field_0),
                        _ => map.skip(),
                    };
                    read?;
                }
                Ok(LegacyApiKeysResponse {
                    enabled: crate::runtime::required(field_0, "enabled")?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
