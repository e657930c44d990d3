//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateOrganizationV1`.

use serde::{Deserialize, Serialize};

/// `CreateOrganizationV1`
///
/// Schema: `#/components/schemas/CreateOrganizationV1`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateOrganizationV1 {
    /// `name`
    pub name: String,
}

impl<'de> Deserialize<'de> for CreateOrganizationV1 {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for CreateOrganizationV1 {
    const EXPECTING: &'static str = "struct CreateOrganizationV1";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "name" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(CreateOrganizationV1 {
            name: crate::runtime::required(field_0, "name")?,
        })
    }
}

impl CreateOrganizationV1 {
    /// A value with the required fields (`name`) set and every optional field absent.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}
