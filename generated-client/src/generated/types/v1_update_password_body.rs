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
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = V1UpdatePasswordBody;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct V1UpdatePasswordBody")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<V1UpdatePasswordBody, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut map = crate::runtime::Fields::new(map);
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
        deserializer.deserialize_map(__Visitor)
    }
}

impl V1UpdatePasswordBody {
    /// A value with the required fields (`password`) set and every optional field absent.
    pub fn new(password: impl Into<String>) -> Self {
        Self { password: password.into() }
    }
}
