//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdatePasswordBody`.

use serde::{Deserialize, Serialize};

/// `V1UpdatePasswordBody`
///
/// Schema: `#/components/schemas/V1UpdatePasswordBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1UpdatePasswordBody {
    /// `password`
    pub password: String,
}

impl<'de> Deserialize<'de> for V1UpdatePasswordBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1UpdatePasswordBody {
    const EXPECTING: &'static str = "struct V1UpdatePasswordBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "password" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1UpdatePasswordBody {
            password: crate::runtime::required(field_0, "password")?,
        })
    }
}

impl V1UpdatePasswordBody {
    /// A value with the required fields (`password`) set and every optional field absent.
    pub fn new(password: impl Into<String>) -> Self {
        Self { password: password.into() }
    }
}
