//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RestorePointPostBody`.

use serde::{Deserialize, Serialize};

/// `V1RestorePointPostBody`
///
/// Schema: `#/components/schemas/V1RestorePointPostBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1RestorePointPostBody {
    /// `name`
    pub name: String,
}

impl<'de> Deserialize<'de> for V1RestorePointPostBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1RestorePointPostBody {
    const EXPECTING: &'static str = "struct V1RestorePointPostBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "name" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1RestorePointPostBody {
            name: crate::runtime::required(field_0, "name")?,
        })
    }
}

impl V1RestorePointPostBody {
    /// A value with the required fields (`name`) set and every optional field absent.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}
