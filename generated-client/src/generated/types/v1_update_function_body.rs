//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdateFunctionBody`.

use serde::{Deserialize, Serialize};

/// `V1UpdateFunctionBody`
///
/// Schema: `#/components/schemas/V1UpdateFunctionBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct V1UpdateFunctionBody {
    /// `body`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `verify_jwt`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_jwt: Option<bool>,
}

impl<'de> Deserialize<'de> for V1UpdateFunctionBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1UpdateFunctionBody {
    const EXPECTING: &'static str = "struct V1UpdateFunctionBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<Option<String>> = None;
        let mut field_2: Option<Option<bool>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "body" => map.fill(&mut field_0),
                "name" => map.fill(&mut field_1),
                "verify_jwt" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1UpdateFunctionBody {
            body: Option::flatten(field_0),
            name: Option::flatten(field_1),
            verify_jwt: Option::flatten(field_2),
        })
    }
}
