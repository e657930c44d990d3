//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ApiKeyResponse`.

use serde::{Deserialize, Serialize};

/// `ApiKeyResponse`
///
/// Schema: `#/components/schemas/ApiKeyResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ApiKeyResponse {
    /// `api_key`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `hash`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `inserted_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inserted_at: Option<String>,
    /// `name`
    pub name: String,
    /// `prefix`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// `secret_jwt_template`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_jwt_template: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
    /// `type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ApiKeyResponseType>,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

impl<'de> Deserialize<'de> for ApiKeyResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for ApiKeyResponse {
    const EXPECTING: &'static str = "struct ApiKeyResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<Option<String>> = None;
        let mut field_2: Option<Option<String>> = None;
        let mut field_3: Option<Option<String>> = None;
        let mut field_4: Option<Option<String>> = None;
        let mut field_5: Option<String> = None;
        let mut field_6: Option<Option<String>> = None;
        let mut field_7: Option<
            Option<std::collections::BTreeMap<String, serde_json::Value>>,
        > = None;
        let mut field_8: Option<Option<ApiKeyResponseType>> = None;
        let mut field_9: Option<Option<String>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "api_key" => map.fill(&mut field_0),
                "description" => map.fill(&mut field_1),
                "hash" => map.fill(&mut field_2),
                "id" => map.fill(&mut field_3),
                "inserted_at" => map.fill(&mut field_4),
                "name" => map.fill(&mut field_5),
                "prefix" => map.fill(&mut field_6),
                "secret_jwt_template" => map.fill(&mut field_7),
                "type" => map.fill(&mut field_8),
                "updated_at" => map.fill(&mut field_9),
                _ => map.skip(),
            };
            read?;
        }
        Ok(ApiKeyResponse {
            api_key: Option::flatten(field_0),
            description: Option::flatten(field_1),
            hash: Option::flatten(field_2),
            id: Option::flatten(field_3),
            inserted_at: Option::flatten(field_4),
            name: crate::runtime::required(field_5, "name")?,
            prefix: Option::flatten(field_6),
            secret_jwt_template: Option::flatten(field_7),
            r#type: Option::flatten(field_8),
            updated_at: Option::flatten(field_9),
        })
    }
}

/// `ApiKeyResponseType`
///
/// Schema: `#/components/schemas/ApiKeyResponse/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApiKeyResponseType {
    /// `legacy`
    Legacy,
    /// `publishable`
    Publishable,
    /// `secret`
    Secret,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ApiKeyResponseType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Legacy => "legacy",
            Self::Publishable => "publishable",
            Self::Secret => "secret",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApiKeyResponseType {
    fn from(value: &str) -> Self {
        match value {
            "legacy" => Self::Legacy,
            "publishable" => Self::Publishable,
            "secret" => Self::Secret,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for ApiKeyResponseType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ApiKeyResponseType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ApiKeyResponseType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
