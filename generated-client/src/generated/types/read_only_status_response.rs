//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ReadOnlyStatusResponse`.

use serde::{Deserialize, Serialize};

/// `ReadOnlyStatusResponse`
///
/// Schema: `#/components/schemas/ReadOnlyStatusResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReadOnlyStatusResponse {
    /// `enabled`
    pub enabled: bool,
    /// `override_active_until`
    pub override_active_until: String,
    /// `override_enabled`
    pub override_enabled: bool,
}

impl<'de> Deserialize<'de> for ReadOnlyStatusResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for ReadOnlyStatusResponse {
    const EXPECTING: &'static str = "struct ReadOnlyStatusResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<bool> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<bool> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "enabled" => map.fill(&mut field_0),
                "override_active_until" => map.fill(&mut field_1),
                "override_enabled" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(ReadOnlyStatusResponse {
            enabled: crate::runtime::required(field_0, "enabled")?,
            override_active_until: crate::runtime::required(
                field_1,
                "override_active_until",
            )?,
            override_enabled: crate::runtime::required(field_2, "override_enabled")?,
        })
    }
}
