//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdatePostgrestConfigBody`.

use serde::{Deserialize, Serialize};

/// `V1UpdatePostgrestConfigBody`
///
/// Schema: `#/components/schemas/V1UpdatePostgrestConfigBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct V1UpdatePostgrestConfigBody {
    /// `db_extra_search_path`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_extra_search_path: Option<String>,
    /// `db_pool`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_pool: Option<i64>,
    /// `db_schema`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_schema: Option<String>,
    /// `max_rows`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_rows: Option<i64>,
}

impl<'de> Deserialize<'de> for V1UpdatePostgrestConfigBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1UpdatePostgrestConfigBody {
    const EXPECTING: &'static str = "struct V1UpdatePostgrestConfigBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<Option<i64>> = None;
        let mut field_2: Option<Option<String>> = None;
        let mut field_3: Option<Option<i64>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "db_extra_search_path" => map.fill(&mut field_0),
                "db_pool" => map.fill(&mut field_1),
                "db_schema" => map.fill(&mut field_2),
                "max_rows" => map.fill(&mut field_3),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1UpdatePostgrestConfigBody {
            db_extra_search_path: Option::flatten(field_0),
            db_pool: Option::flatten(field_1),
            db_schema: Option::flatten(field_2),
            max_rows: Option::flatten(field_3),
        })
    }
}
