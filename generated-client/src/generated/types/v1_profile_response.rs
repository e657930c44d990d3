//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ProfileResponse`.

use serde::{Deserialize, Serialize};

/// `V1ProfileResponse`
///
/// Schema: `#/components/schemas/V1ProfileResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1ProfileResponse {
    /// `gotrue_id`
    pub gotrue_id: String,
    /// `primary_email`
    pub primary_email: String,
    /// `username`
    pub username: String,
}

impl<'de> Deserialize<'de> for V1ProfileResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1ProfileResponse {
    const EXPECTING: &'static str = "struct V1ProfileResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "gotrue_id" => map.fill(&mut field_0),
                "primary_email" => map.fill(&mut field_1),
                "username" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1ProfileResponse {
            gotrue_id: crate::runtime::required(field_0, "gotrue_id")?,
            primary_email: crate::runtime::required(field_1, "primary_email")?,
            username: crate::runtime::required(field_2, "username")?,
        })
    }
}
