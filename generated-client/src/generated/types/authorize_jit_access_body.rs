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
                map: __A,
            ) -> Result<AuthorizeJitAccessBody, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut map = crate::runtime::Fields::new(map);
                while let Some(key) = map.next_key()? {
                    let read = match key.as_str() {
                        "rhost" => map.fill(&mut field_0),
                        "role" => map.fill(&mut field_1),
                        _ => map.skip(),
                    };
                    read?;
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
