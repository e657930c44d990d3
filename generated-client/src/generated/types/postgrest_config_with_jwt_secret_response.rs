//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/PostgrestConfigWithJWTSecretResponse`.

use serde::{Deserialize, Serialize};

/// `PostgrestConfigWithJwtSecretResponse`
///
/// Schema: `#/components/schemas/PostgrestConfigWithJWTSecretResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PostgrestConfigWithJwtSecretResponse {
    /// `db_extra_search_path`
    pub db_extra_search_path: String,
    /// If `null`, the value is automatically configured based on compute size.
    pub db_pool: Option<i64>,
    /// `db_schema`
    pub db_schema: String,
    /// `jwt_secret`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_secret: Option<String>,
    /// `max_rows`
    pub max_rows: i64,
}

impl<'de> Deserialize<'de> for PostgrestConfigWithJwtSecretResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for PostgrestConfigWithJwtSecretResponse {
    const EXPECTING: &'static str = "struct PostgrestConfigWithJwtSecretResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<Option<i64>> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<Option<String>> = None;
        let mut field_4: Option<i64> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "db_extra_search_path" => map.fill(&mut field_0),
                "db_pool" => map.fill(&mut field_1),
                "db_schema" => map.fill(&mut field_2),
                "jwt_secret" => map.fill(&mut field_3),
                "max_rows" => map.fill(&mut field_4),
                _ => map.skip(),
            };
            read?;
        }
        Ok(PostgrestConfigWithJwtSecretResponse {
            db_extra_search_path: crate::runtime::required(
                field_0,
                "db_extra_search_path",
            )?,
            db_pool: Option::flatten(field_1),
            db_schema: crate::runtime::required(field_2, "db_schema")?,
            jwt_secret: Option::flatten(field_3),
            max_rows: crate::runtime::required(field_4, "max_rows")?,
        })
    }
}
