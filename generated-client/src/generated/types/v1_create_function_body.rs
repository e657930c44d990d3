//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1CreateFunctionBody`.

use serde::{Deserialize, Serialize};

/// `V1CreateFunctionBody`
///
/// Schema: `#/components/schemas/V1CreateFunctionBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1CreateFunctionBody {
    /// `body`
    pub body: String,
    /// `name`
    pub name: String,
    /// `slug`
    pub slug: String,
    /// `verify_jwt`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_jwt: Option<bool>,
}

impl<'de> Deserialize<'de> for V1CreateFunctionBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1CreateFunctionBody {
    const EXPECTING: &'static str = "struct V1CreateFunctionBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<Option<bool>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "body" => map.fill(&mut field_0),
                "name" => map.fill(&mut field_1),
                "slug" => map.fill(&mut field_2),
                "verify_jwt" => map.fill(&mut field_3),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1CreateFunctionBody {
            body: crate::runtime::required(field_0, "body")?,
            name: crate::runtime::required(field_1, "name")?,
            slug: crate::runtime::required(field_2, "slug")?,
            verify_jwt: Option::flatten(field_3),
        })
    }
}

impl V1CreateFunctionBody {
    /// A value with the required fields (`body`, `name`, `slug`) set and every optional field absent.
    pub fn new(
        body: impl Into<String>,
        name: impl Into<String>,
        slug: impl Into<String>,
    ) -> Self {
        Self {
            body: body.into(),
            name: name.into(),
            slug: slug.into(),
            verify_jwt: None,
        }
    }
}
