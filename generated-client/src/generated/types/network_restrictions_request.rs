//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkRestrictionsRequest`.

use serde::{Deserialize, Serialize};

/// `NetworkRestrictionsRequest`
///
/// Schema: `#/components/schemas/NetworkRestrictionsRequest`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct NetworkRestrictionsRequest {
    /// `dbAllowedCidrs`
    #[serde(rename = "dbAllowedCidrs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs: Option<Vec<String>>,
    /// `dbAllowedCidrsV6`
    #[serde(rename = "dbAllowedCidrsV6")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs_v6: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for NetworkRestrictionsRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsRequest {
    const EXPECTING: &'static str = "struct NetworkRestrictionsRequest";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<Vec<String>>> = None;
        let mut field_1: Option<Option<Vec<String>>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "dbAllowedCidrs" => map.fill(&mut field_0),
                "dbAllowedCidrsV6" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(NetworkRestrictionsRequest {
            db_allowed_cidrs: Option::flatten(field_0),
            db_allowed_cidrs_v6: Option::flatten(field_1),
        })
    }
}
