//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OrganizationResponseV1`.

use serde::{Deserialize, Serialize};

/// `OrganizationResponseV1`
///
/// Schema: `#/components/schemas/OrganizationResponseV1`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganizationResponseV1 {
    /// Deprecated: Use `slug` instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub id: String,
    /// `name`
    pub name: String,
    /// Organization slug
    pub slug: String,
}

impl<'de> Deserialize<'de> for OrganizationResponseV1 {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for OrganizationResponseV1 {
    const EXPECTING: &'static str = "struct OrganizationResponseV1";
    #[allow(deprecated)]
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "id" => map.fill(&mut field_0),
                "name" => map.fill(&mut field_1),
                "slug" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(OrganizationResponseV1 {
            id: crate::runtime::required(field_0, "id")?,
            name: crate::runtime::required(field_1, "name")?,
            slug: crate::runtime::required(field_2, "slug")?,
        })
    }
}
