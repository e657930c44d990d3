//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateThirdPartyAuthBody`.

use serde::{Deserialize, Serialize};

/// `CreateThirdPartyAuthBody`
///
/// Schema: `#/components/schemas/CreateThirdPartyAuthBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateThirdPartyAuthBody {
    /// `custom_jwks`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_jwks: Option<serde_json::Value>,
    /// `jwks_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks_url: Option<String>,
    /// `oidc_issuer_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_issuer_url: Option<String>,
}

impl<'de> Deserialize<'de> for CreateThirdPartyAuthBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for CreateThirdPartyAuthBody {
    const EXPECTING: &'static str = "struct CreateThirdPartyAuthBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<serde_json::Value>> = None;
        let mut field_1: Option<Option<String>> = None;
        let mut field_2: Option<Option<String>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "custom_jwks" => map.fill(&mut field_0),
                "jwks_url" => map.fill(&mut field_1),
                "oidc_issuer_url" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(CreateThirdPartyAuthBody {
            custom_jwks: Option::flatten(field_0),
            jwks_url: Option::flatten(field_1),
            oidc_issuer_url: Option::flatten(field_2),
        })
    }
}
