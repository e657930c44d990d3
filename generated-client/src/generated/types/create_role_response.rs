//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateRoleResponse`.

use serde::{Deserialize, Serialize};

/// `CreateRoleResponse`
///
/// Schema: `#/components/schemas/CreateRoleResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateRoleResponse {
    /// `password`
    pub password: String,
    /// `role`
    pub role: String,
    /// `ttl_seconds`
    pub ttl_seconds: i64,
}

impl<'de> Deserialize<'de> for CreateRoleResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for CreateRoleResponse {
    const EXPECTING: &'static str = "struct CreateRoleResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<i64> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "password" => map.fill(&mut field_0),
                "role" => map.fill(&mut field_1),
                "ttl_seconds" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(CreateRoleResponse {
            password: crate::runtime::required(field_0, "password")?,
            role: crate::runtime::required(field_1, "role")?,
            ttl_seconds: crate::runtime::required(field_2, "ttl_seconds")?,
        })
    }
}
