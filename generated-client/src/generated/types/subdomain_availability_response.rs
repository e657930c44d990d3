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
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for SubdomainAvailabilityResponse {
    const EXPECTING: &'static str = "struct SubdomainAvailabilityResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<bool> = None;
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
