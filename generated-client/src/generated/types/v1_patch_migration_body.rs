//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1PatchMigrationBody`.

use serde::{Deserialize, Serialize};

/// `V1PatchMigrationBody`
///
/// Schema: `#/components/schemas/V1PatchMigrationBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct V1PatchMigrationBody {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `rollback`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<String>,
}

impl<'de> Deserialize<'de> for V1PatchMigrationBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1PatchMigrationBody {
    const EXPECTING: &'static str = "struct V1PatchMigrationBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<Option<String>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "name" => map.fill(&mut field_0),
                "rollback" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1PatchMigrationBody {
            name: Option::flatten(field_0),
            rollback: Option::flatten(field_1),
        })
    }
}
