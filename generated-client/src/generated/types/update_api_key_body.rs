//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateApiKeyBody`.

use serde::{Deserialize, Serialize};

/// `UpdateApiKeyBody`
///
/// Schema: `#/components/schemas/UpdateApiKeyBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateApiKeyBody {
    /// `description`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub description: crate::runtime::Nullable<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `secret_jwt_template`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub secret_jwt_template: crate::runtime::Nullable<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
}

impl<'de> Deserialize<'de> for UpdateApiKeyBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateApiKeyBody {
    const EXPECTING: &'static str = "struct UpdateApiKeyBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<crate::runtime::Nullable<String>> = None;
        let mut field_1: Option<Option<String>> = None;
        let mut field_2: Option<
            crate::runtime::Nullable<
                std::collections::BTreeMap<String, serde_json::Value>,
            >,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "description" => map.fill(&mut field_0),
                "name" => map.fill(&mut field_1),
                "secret_jwt_template" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateApiKeyBody {
            description: field_0.unwrap_or(crate::runtime::Nullable::Absent),
            name: Option::flatten(field_1),
            secret_jwt_template: field_2.unwrap_or(crate::runtime::Nullable::Absent),
        })
    }
}
