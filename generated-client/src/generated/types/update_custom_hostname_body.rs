//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateCustomHostnameBody`.

use serde::{Deserialize, Serialize};

/// `UpdateCustomHostnameBody`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateCustomHostnameBody {
    /// `custom_hostname`
    pub custom_hostname: String,
}

impl<'de> Deserialize<'de> for UpdateCustomHostnameBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateCustomHostnameBody {
    const EXPECTING: &'static str = "struct UpdateCustomHostnameBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "custom_hostname" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateCustomHostnameBody {
            custom_hostname: crate::runtime::required(field_0, "custom_hostname")?,
        })
    }
}

impl UpdateCustomHostnameBody {
    /// A value with the required fields (`custom_hostname`) set and every optional field absent.
    pub fn new(custom_hostname: impl Into<String>) -> Self {
        Self {
            custom_hostname: custom_hostname.into(),
        }
    }
}
