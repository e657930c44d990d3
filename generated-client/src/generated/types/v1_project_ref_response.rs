//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ProjectRefResponse`.

use serde::{Deserialize, Serialize};

/// `V1ProjectRefResponse`
///
/// Schema: `#/components/schemas/V1ProjectRefResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1ProjectRefResponse {
    /// `id`
    pub id: i64,
    /// `name`
    pub name: String,
    /// `ref`
    pub r#ref: String,
}

impl<'de> Deserialize<'de> for V1ProjectRefResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1ProjectRefResponse {
    const EXPECTING: &'static str = "struct V1ProjectRefResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<i64> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "id" => map.fill(&mut field_0),
                "name" => map.fill(&mut field_1),
                "ref" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1ProjectRefResponse {
            id: crate::runtime::required(field_0, "id")?,
            name: crate::runtime::required(field_1, "name")?,
            r#ref: crate::runtime::required(field_2, "ref")?,
        })
    }
}
