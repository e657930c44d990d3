//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/VanitySubdomainBody`.

use serde::{Deserialize, Serialize};

/// `VanitySubdomainBody`
///
/// Schema: `#/components/schemas/VanitySubdomainBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VanitySubdomainBody {
    /// `vanity_subdomain`
    pub vanity_subdomain: String,
}

impl<'de> Deserialize<'de> for VanitySubdomainBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = VanitySubdomainBody;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct VanitySubdomainBody")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<VanitySubdomainBody, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut map = crate::runtime::Fields::new(map);
                while let Some(key) = map.next_key()? {
                    let read = match key.as_str() {
                        "vanity_subdomain" => map.fill(&mut field_0),
                        _ => map.skip(),
                    };
                    read?;
                }
                Ok(VanitySubdomainBody {
                    vanity_subdomain: crate::runtime::required(
                        field_0,
                        "vanity_subdomain",
                    )?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

impl VanitySubdomainBody {
    /// A value with the required fields (`vanity_subdomain`) set and every optional field absent.
    pub fn new(vanity_subdomain: impl Into<String>) -> Self {
        Self {
            vanity_subdomain: vanity_subdomain.into(),
        }
    }
}
