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
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for LegacyApiKeysResponse {
    const EXPECTING: &'static str = "struct LegacyApiKeysResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<bool> = None;
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
