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
                mut map: __A,
            ) -> Result<V1UpdatePasswordBody, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<crate::runtime::FieldKey<'de>>()? {
                    match key.as_str() {
                        "password" => field_0 = Some(map.next_value()?),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
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
