//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdatePasswordResponse`.

use serde::{Deserialize, Serialize};

/// `V1UpdatePasswordResponse`
///
/// Schema: `#/components/schemas/V1UpdatePasswordResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1UpdatePasswordResponse {
    /// `message`
    pub message: String,
}

impl<'de> Deserialize<'de> for V1UpdatePasswordResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1UpdatePasswordResponse {
    const EXPECTING: &'static str = "struct V1UpdatePasswordResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "message" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1UpdatePasswordResponse {
            message: crate::runtime::required(field_0, "message")?,
        })
    }
}
