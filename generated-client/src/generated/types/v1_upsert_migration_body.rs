//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpsertMigrationBody`.

use serde::{Deserialize, Serialize};

/// `V1UpsertMigrationBody`
///
/// Schema: `#/components/schemas/V1UpsertMigrationBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1UpsertMigrationBody {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `query`
    pub query: String,
    /// `rollback`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<String>,
}

impl<'de> Deserialize<'de> for V1UpsertMigrationBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1UpsertMigrationBody {
    const EXPECTING: &'static str = "struct V1UpsertMigrationBody";
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
        Ok(V1UpsertMigrationBody {
            name: Option::flatten(field_0),
            query: crate::runtime::required(field_1, "query")?,
            rollback: Option::flatten(field_2),
        })
    }
}

impl V1UpsertMigrationBody {
    /// A value with the required fields (`query`) set and every optional field absent.
    pub fn new(query: impl Into<String>) -> Self {
        Self {
            name: None,
            query: query.into(),
            rollback: None,
        }
    }
}
