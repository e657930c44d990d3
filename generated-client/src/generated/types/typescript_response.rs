//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/TypescriptResponse`.

use serde::{Deserialize, Serialize};

/// `TypescriptResponse`
///
/// Schema: `#/components/schemas/TypescriptResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TypescriptResponse {
    /// `types`
    pub types: String,
}

impl<'de> Deserialize<'de> for TypescriptResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for TypescriptResponse {
    const EXPECTING: &'static str = "struct TypescriptResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "types" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(TypescriptResponse {
            types: crate::runtime::required(field_0, "types")?,
        })
    }
}
