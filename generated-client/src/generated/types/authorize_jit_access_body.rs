//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/AuthorizeJitAccessBody`.

use serde::{Deserialize, Serialize};

/// `AuthorizeJitAccessBody`
///
/// Schema: `#/components/schemas/AuthorizeJitAccessBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuthorizeJitAccessBody {
    /// `rhost`
    pub rhost: String,
    /// `role`
    pub role: String,
}

impl<'de> Deserialize<'de> for AuthorizeJitAccessBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizeJitAccessBody;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct AuthorizeJitAccessBody")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<AuthorizeJitAccessBody, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<crate::runtime::FieldKey<'de>>()? {
                    match key.as_str() {
                        "rhost" => field_0 = Some(map.next_value()?),
                        "role" => field_1 = Some(map.next_value()?),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(AuthorizeJitAccessBody {
                    rhost: crate::runtime::required(field_0, "rhost")?,
                    role: crate::runtime::required(field_1, "role")?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

impl AuthorizeJitAccessBody {
    /// A value with the required fields (`rhost`, `role`) set and every optional field absent.
    pub fn new(rhost: impl Into<String>, role: impl Into<String>) -> Self {
        Self {
            rhost: rhost.into(),
            role: role.into(),
        }
    }
}
