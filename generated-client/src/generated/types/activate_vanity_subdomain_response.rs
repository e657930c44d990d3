//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ActivateVanitySubdomainResponse`.

use serde::{Deserialize, Serialize};

/// `ActivateVanitySubdomainResponse`
///
/// Schema: `#/components/schemas/ActivateVanitySubdomainResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActivateVanitySubdomainResponse {
    /// `custom_domain`
    pub custom_domain: String,
}

impl<'de> Deserialize<'de> for ActivateVanitySubdomainResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for ActivateVanitySubdomainResponse {
    const EXPECTING: &'static str = "struct ActivateVanitySubdomainResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "custom_domain" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(ActivateVanitySubdomainResponse {
            custom_domain: crate::runtime::required(field_0, "custom_domain")?,
        })
    }
}
