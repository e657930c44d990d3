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
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = TypescriptResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct TypescriptResponse")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<TypescriptResponse, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut map = crate::runtime::Fields::new(map);
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
        deserializer.deserialize_map(__Visitor)
    }
}
