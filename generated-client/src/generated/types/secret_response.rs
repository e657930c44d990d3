//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SecretResponse`.

use serde::{Deserialize, Serialize};

/// `SecretResponse`
///
/// Schema: `#/components/schemas/SecretResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SecretResponse {
    /// `name`
    pub name: String,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// `value`
    pub value: String,
}

impl<'de> Deserialize<'de> for SecretResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for SecretResponse {
    const EXPECTING: &'static str = "struct SecretResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<Option<String>> = None;
        let mut field_2: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "name" => map.fill(&mut field_0),
                "updated_at" => map.fill(&mut field_1),
                "value" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(SecretResponse {
            name: crate::runtime::required(field_0, "name")?,
            updated_at: Option::flatten(field_1),
            value: crate::runtime::required(field_2, "value")?,
        })
    }
}
