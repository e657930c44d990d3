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
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = V1UpdatePasswordResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct V1UpdatePasswordResponse")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<V1UpdatePasswordResponse, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut map = crate::runtime::Fields::new(map);
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
        deserializer.deserialize_map(__Visitor)
    }
}
