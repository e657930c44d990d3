//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1PostgrestConfigResponse`.

use serde::{Deserialize, Serialize};

/// `V1PostgrestConfigResponse`
///
/// Schema: `#/components/schemas/V1PostgrestConfigResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1PostgrestConfigResponse {
    /// `db_extra_search_path`
    pub db_extra_search_path: String,
    /// If `null`, the value is automatically configured based on compute size.
    pub db_pool: Option<i64>,
    /// `db_schema`
    pub db_schema: String,
    /// `max_rows`
    pub max_rows: i64,
}

impl<'de> Deserialize<'de> for V1PostgrestConfigResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1PostgrestConfigResponse {
    const EXPECTING: &'static str = "struct V1PostgrestConfigResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<Option<i64>> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<i64> = None;
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
        Ok(V1PostgrestConfigResponse {
            db_extra_search_path: crate::runtime::required(
                field_0,
                "db_extra_search_path",
            )?,
            db_pool: Option::flatten(field_1),
            db_schema: crate::runtime::required(field_2, "db_schema")?,
            max_rows: crate::runtime::required(field_3, "max_rows")?,
        })
    }
}
