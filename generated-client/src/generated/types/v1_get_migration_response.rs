//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1GetMigrationResponse`.

use serde::{Deserialize, Serialize};

/// `V1GetMigrationResponse`
///
/// Schema: `#/components/schemas/V1GetMigrationResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1GetMigrationResponse {
    /// `created_by`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// `idempotency_key`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `rollback`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<Vec<String>>,
    /// `statements`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statements: Option<Vec<String>>,
    /// `version`
    pub version: String,
}

impl<'de> Deserialize<'de> for V1GetMigrationResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1GetMigrationResponse {
    const EXPECTING: &'static str = "struct V1GetMigrationResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<Option<String>> = None;
        let mut field_2: Option<Option<String>> = None;
        let mut field_3: Option<Option<Vec<String>>> = None;
        let mut field_4: Option<Option<Vec<String>>> = None;
        let mut field_5: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "created_by" => map.fill(&mut field_0),
                "idempotency_key" => map.fill(&mut field_1),
                "name" => map.fill(&mut field_2),
                "rollback" => map.fill(&mut field_3),
                "statements" => map.fill(&mut field_4),
                "version" => map.fill(&mut field_5),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1GetMigrationResponse {
            created_by: Option::flatten(field_0),
            idempotency_key: Option::flatten(field_1),
            name: Option::flatten(field_2),
            rollback: Option::flatten(field_3),
            statements: Option::flatten(field_4),
            version: crate::runtime::required(field_5, "version")?,
        })
    }
}
