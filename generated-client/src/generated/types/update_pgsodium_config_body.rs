//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdatePgsodiumConfigBody`.

use serde::{Deserialize, Serialize};

/// `UpdatePgsodiumConfigBody`
///
/// Schema: `#/components/schemas/UpdatePgsodiumConfigBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdatePgsodiumConfigBody {
    /// `root_key`
    pub root_key: String,
}

impl<'de> Deserialize<'de> for UpdatePgsodiumConfigBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdatePgsodiumConfigBody {
    const EXPECTING: &'static str = "struct UpdatePgsodiumConfigBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "root_key" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdatePgsodiumConfigBody {
            root_key: crate::runtime::required(field_0, "root_key")?,
        })
    }
}

impl UpdatePgsodiumConfigBody {
    /// A value with the required fields (`root_key`) set and every optional field absent.
    pub fn new(root_key: impl Into<String>) -> Self {
        Self { root_key: root_key.into() }
    }
}
