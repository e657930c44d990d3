//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateApiKeyBody`.

use serde::{Deserialize, Serialize};

/// `CreateApiKeyBody`
///
/// Schema: `#/components/schemas/CreateApiKeyBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateApiKeyBody {
    /// `description`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub description: crate::runtime::Nullable<String>,
    /// `name`
    pub name: String,
    /// `secret_jwt_template`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub secret_jwt_template: crate::runtime::Nullable<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
    /// `type`
    pub r#type: CreateApiKeyBodyType,
}

impl<'de> Deserialize<'de> for CreateApiKeyBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for CreateApiKeyBody {
    const EXPECTING: &'static str = "struct CreateApiKeyBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<crate::runtime::Nullable<String>> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<
            crate::runtime::Nullable<
                std::collections::BTreeMap<String, serde_json::Value>,
            >,
        > = None;
        let mut field_3: Option<CreateApiKeyBodyType> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "description" => map.fill(&mut field_0),
                "name" => map.fill(&mut field_1),
                "secret_jwt_template" => map.fill(&mut field_2),
                "type" => map.fill(&mut field_3),
                _ => map.skip(),
            };
            read?;
        }
        Ok(CreateApiKeyBody {
            description: field_0.unwrap_or(crate::runtime::Nullable::Absent),
            name: crate::runtime::required(field_1, "name")?,
            secret_jwt_template: field_2.unwrap_or(crate::runtime::Nullable::Absent),
            r#type: crate::runtime::required(field_3, "type")?,
        })
    }
}

impl CreateApiKeyBody {
    /// A value with the required fields (`name`, `type`) set and every optional field absent.
    pub fn new(name: impl Into<String>, r#type: CreateApiKeyBodyType) -> Self {
        Self {
            description: crate::runtime::Nullable::Absent,
            name: name.into(),
            secret_jwt_template: crate::runtime::Nullable::Absent,
            r#type,
        }
    }
}

/// `CreateApiKeyBodyType`
///
/// Schema: `#/components/schemas/CreateApiKeyBody/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateApiKeyBodyType {
    /// `publishable`
    Publishable,
    /// `secret`
    Secret,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateApiKeyBodyType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Publishable => "publishable",
            Self::Secret => "secret",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateApiKeyBodyType {
    fn from(value: &str) -> Self {
        match value {
            "publishable" => Self::Publishable,
            "secret" => Self::Secret,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateApiKeyBodyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateApiKeyBodyType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateApiKeyBodyType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
