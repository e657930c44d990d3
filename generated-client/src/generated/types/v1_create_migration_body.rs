//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1CreateMigrationBody`.

use serde::{Deserialize, Serialize};

/// `V1CreateMigrationBody`
///
/// Schema: `#/components/schemas/V1CreateMigrationBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1CreateMigrationBody {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `query`
    pub query: String,
    /// `rollback`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<String>,
}

impl<'de> Deserialize<'de> for V1CreateMigrationBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1CreateMigrationBody {
    const EXPECTING: &'static str = "struct V1CreateMigrationBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<Option<String>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "name" => map.fill(&mut field_0),
                "query" => map.fill(&mut field_1),
                "rollback" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1CreateMigrationBody {
            name: Option::flatten(field_0),
            query: crate::runtime::required(field_1, "query")?,
            rollback: Option::flatten(field_2),
        })
    }
}

impl V1CreateMigrationBody {
    /// A value with the required fields (`query`) set and every optional field absent.
    pub fn new(query: impl Into<String>) -> Self {
        Self {
            name: None,
            query: query.into(),
            rollback: None,
        }
    }
}
