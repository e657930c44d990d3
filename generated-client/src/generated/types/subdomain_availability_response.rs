//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SubdomainAvailabilityResponse`.

use serde::{Deserialize, Serialize};

/// `SubdomainAvailabilityResponse`
///
/// Schema: `#/components/schemas/SubdomainAvailabilityResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SubdomainAvailabilityResponse {
    /// `available`
    pub available: bool,
}

impl<'de> Deserialize<'de> for SubdomainAvailabilityResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = SubdomainAvailabilityResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct SubdomainAvailabilityResponse")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<SubdomainAvailabilityResponse, __A::Error> {
                let mut field_0: Option<bool> = None;
                let mut map = crate::runtime::Fields::new(map);
                while let Some(key) = map.next_key()? {
                    let read = match key.as_str() {
                        "available" => map.fill(&mut field_0),
                        _ => map.skip(),
                    };
                    read?;
                }
                Ok(SubdomainAvailabilityResponse {
                    available: crate::runtime::required(field_0, "available")?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
