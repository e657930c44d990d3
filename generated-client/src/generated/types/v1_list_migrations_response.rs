//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ListMigrationsResponse`.

use serde::{Deserialize, Serialize};

/// `V1ListMigrationsResponse`
///
/// Schema: `#/components/schemas/V1ListMigrationsResponse`
pub type V1ListMigrationsResponse = Vec<V1ListMigrationsResponseItem>;

/// `V1ListMigrationsResponseItem`
///
/// Schema: `#/components/schemas/V1ListMigrationsResponse/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1ListMigrationsResponseItem {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `version`
    pub version: String,
}

impl<'de> Deserialize<'de> for V1ListMigrationsResponseItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1ListMigrationsResponseItem {
    const EXPECTING: &'static str = "struct V1ListMigrationsResponseItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "name" => map.fill(&mut field_0),
                "version" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1ListMigrationsResponseItem {
            name: Option::flatten(field_0),
            version: crate::runtime::required(field_1, "version")?,
        })
    }
}
