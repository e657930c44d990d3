//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateSecretBody`.

use serde::{Deserialize, Serialize};

/// `CreateSecretBody`
///
/// Schema: `#/components/schemas/CreateSecretBody`
pub type CreateSecretBody = Vec<CreateSecretBodyItem>;

/// `CreateSecretBodyItem`
///
/// Schema: `#/components/schemas/CreateSecretBody/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateSecretBodyItem {
    /// Secret name must not start with the SUPABASE_ prefix.
    pub name: String,
    /// `value`
    pub value: String,
}

impl<'de> Deserialize<'de> for CreateSecretBodyItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for CreateSecretBodyItem {
    const EXPECTING: &'static str = "struct CreateSecretBodyItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "name" => map.fill(&mut field_0),
                "value" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(CreateSecretBodyItem {
            name: crate::runtime::required(field_0, "name")?,
            value: crate::runtime::required(field_1, "value")?,
        })
    }
}

impl CreateSecretBodyItem {
    /// A value with the required fields (`name`, `value`) set and every optional field absent.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
        }
    }
}
