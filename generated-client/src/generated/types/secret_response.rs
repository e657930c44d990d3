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
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = SecretResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct SecretResponse")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<SecretResponse, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<Option<String>> = None;
                let mut field_2: Option<String> = None;
                let mut map = crate::runtime::Fields::new(map);
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
        deserializer.deserialize_map(__Visitor)
    }
}
