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
                mut map: __A,
            ) -> Result<OrganizationResponseV1, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                while let Some(key) = map.next_key::<crate::runtime::FieldKey<'de>>()? {
                    match key.as_str() {
                        "id" => field_0 = Some(map.next_value()?),
                        "name" => field_1 = Some(map.next_value()?),
                        "slug" => field_2 = Some(map.next_value()?),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
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
