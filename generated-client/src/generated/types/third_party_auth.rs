//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ThirdPartyAuth`.

use serde::{Deserialize, Serialize};

/// `ThirdPartyAuth`
///
/// Schema: `#/components/schemas/ThirdPartyAuth`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThirdPartyAuth {
    /// `custom_jwks`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_jwks: Option<serde_json::Value>,
    /// `id`
    pub id: String,
    /// `inserted_at`
    pub inserted_at: String,
    /// `jwks_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks_url: Option<String>,
    /// `oidc_issuer_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_issuer_url: Option<String>,
    /// `resolved_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_at: Option<String>,
    /// `resolved_jwks`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_jwks: Option<serde_json::Value>,
    /// `type`
    pub r#type: String,
    /// `updated_at`
    pub updated_at: String,
}

impl<'de> Deserialize<'de> for ThirdPartyAuth {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for ThirdPartyAuth {
    const EXPECTING: &'static str = "struct ThirdPartyAuth";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<serde_json::Value>> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<Option<String>> = None;
        let mut field_4: Option<Option<String>> = None;
        let mut field_5: Option<Option<String>> = None;
        let mut field_6: Option<Option<serde_json::Value>> = None;
        let mut field_7: Option<String> = None;
        let mut field_8: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "custom_jwks" => map.fill(&mut field_0),
                "id" => map.fill(&mut field_1),
                "inserted_at" => map.fill(&mut field_2),
                "jwks_url" => map.fill(&mut field_3),
                "oidc_issuer_url" => map.fill(&mut field_4),
                "resolved_at" => map.fill(&mut field_5),
                "resolved_jwks" => map.fill(&mut field_6),
                "type" => map.fill(&mut field_7),
                "updated_at" => map.fill(&mut field_8),
                _ => map.skip(),
            };
            read?;
        }
        Ok(ThirdPartyAuth {
            custom_jwks: Option::flatten(field_0),
            id: crate::runtime::required(field_1, "id")?,
            inserted_at: crate::runtime::required(field_2, "inserted_at")?,
            jwks_url: Option::flatten(field_3),
            oidc_issuer_url: Option::flatten(field_4),
            resolved_at: Option::flatten(field_5),
            resolved_jwks: Option::flatten(field_6),
            r#type: crate::runtime::required(field_7, "type")?,
            updated_at: crate::runtime::required(field_8, "updated_at")?,
        })
    }
}
