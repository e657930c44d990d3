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
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for AuthorizeJitAccessBody {
    const EXPECTING: &'static str = "struct AuthorizeJitAccessBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
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

impl AuthorizeJitAccessBody {
    /// A value with the required fields (`rhost`, `role`) set and every optional field absent.
    pub fn new(rhost: impl Into<String>, role: impl Into<String>) -> Self {
        Self {
            rhost: rhost.into(),
            role: role.into(),
        }
    }
}
