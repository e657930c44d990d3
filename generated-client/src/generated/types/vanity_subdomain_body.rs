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
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for VanitySubdomainBody {
    const EXPECTING: &'static str = "struct VanitySubdomainBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "vanity_subdomain" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(VanitySubdomainBody {
            vanity_subdomain: crate::runtime::required(field_0, "vanity_subdomain")?,
        })
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
