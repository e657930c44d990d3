//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ApiKeyResponse`.

use serde::{Deserialize, Serialize};

/// `ApiKeyResponse`
///
/// Schema: `#/components/schemas/ApiKeyResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
