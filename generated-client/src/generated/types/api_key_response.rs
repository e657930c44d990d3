//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ApiKeyResponse`.

use serde::{Deserialize, Serialize};

/// `ApiKeyResponse`
///
/// Schema: `#/components/schemas/ApiKeyResponse`
#[derive(Clone, PartialEq)]
pub struct ApiKeyResponse {
    /// `api_key`
    pub api_key: Option<String>,
    /// `description`
    pub description: Option<String>,
    /// `hash`
    pub hash: Option<String>,
    /// `id`
    pub id: Option<String>,
    /// `inserted_at`
    pub inserted_at: Option<String>,
    /// `name`
    pub name: String,
    /// `prefix`
    pub prefix: Option<String>,
    /// `secret_jwt_template`
    pub secret_jwt_template: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
    /// `type`
    pub type_: Option<ApiKeyResponseType>,
    /// `updated_at`
    pub updated_at: Option<String>,
}

impl std::fmt::Debug for ApiKeyResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiKeyResponse")
            .field("api_key", &format_args!("[redacted]"))
            .field("description", &self.description)
            .field("hash", &self.hash)
            .field("id", &self.id)
            .field("inserted_at", &self.inserted_at)
            .field("name", &self.name)
            .field("prefix", &self.prefix)
            .field("secret_jwt_template", &self.secret_jwt_template)
            .field("type_", &self.type_)
            .field("updated_at", &self.updated_at)
            .finish()
    }
}

impl crate::runtime::ToFields for ApiKeyResponse {
    const NAME: &'static str = "ApiKeyResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("api_key", &self.api_key)
            .optional("description", &self.description)
            .optional("hash", &self.hash)
            .optional("id", &self.id)
            .optional("inserted_at", &self.inserted_at)
            .field("name", &self.name)
            .optional("prefix", &self.prefix)
            .optional("secret_jwt_template", &self.secret_jwt_template)
            .optional("type", &self.type_)
            .optional("updated_at", &self.updated_at)
    }
}

impl crate::runtime::FromFields for ApiKeyResponse {
    const EXPECTING: &'static str = "struct ApiKeyResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut api_key: Option<String> = None;
        let mut description: Option<String> = None;
        let mut hash: Option<String> = None;
        let mut id: Option<String> = None;
        let mut inserted_at: Option<String> = None;
        let mut name: Option<String> = None;
        let mut prefix: Option<String> = None;
        let mut secret_jwt_template: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut type_: Option<ApiKeyResponseType> = None;
        let mut updated_at: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "api_key" => __map.set(&mut api_key),
                "description" => __map.set(&mut description),
                "hash" => __map.set(&mut hash),
                "id" => __map.set(&mut id),
                "inserted_at" => __map.set(&mut inserted_at),
                "name" => __map.fill(&mut name),
                "prefix" => __map.set(&mut prefix),
                "secret_jwt_template" => __map.set(&mut secret_jwt_template),
                "type" => __map.set(&mut type_),
                "updated_at" => __map.set(&mut updated_at),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ApiKeyResponse {
            api_key,
            description,
            hash,
            id,
            inserted_at,
            name: crate::runtime::required(name, "name")?,
            prefix,
            secret_jwt_template,
            type_,
            updated_at,
        })
    }
}
crate::runtime::object_serde!(ApiKeyResponse);

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
