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
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = OrganizationResponseV1;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct OrganizationResponseV1")
            }

            #[allow(deprecated)]
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<OrganizationResponseV1, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut map = crate::runtime::Fields::new(map);
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
        deserializer.deserialize_map(__Visitor)
    }
}
