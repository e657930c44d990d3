//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateApiKeyBody`.

use serde::{Deserialize, Serialize};

/// `CreateApiKeyBody`
///
/// Schema: `#/components/schemas/CreateApiKeyBody`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateApiKeyBody {
    /// `description`
    pub description: crate::runtime::Nullable<String>,
    /// `name`
    pub name: String,
    /// `secret_jwt_template`
    pub secret_jwt_template: crate::runtime::Nullable<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
    /// `type`
    pub type_: CreateApiKeyBodyType,
}

impl crate::runtime::ToFields for CreateApiKeyBody {
    const NAME: &'static str = "CreateApiKeyBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .nullable("description", &self.description)
            .field("name", &self.name)
            .nullable("secret_jwt_template", &self.secret_jwt_template)
            .field("type", &self.type_)
    }
}

impl crate::runtime::FromFields for CreateApiKeyBody {
    const EXPECTING: &'static str = "struct CreateApiKeyBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut description: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut name: Option<String> = None;
        let mut secret_jwt_template: crate::runtime::Nullable<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = crate::runtime::Nullable::Absent;
        let mut type_: Option<CreateApiKeyBodyType> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "description" => __map.set(&mut description),
                "name" => __map.fill(&mut name),
                "secret_jwt_template" => __map.set(&mut secret_jwt_template),
                "type" => __map.fill(&mut type_),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(CreateApiKeyBody {
            description,
            name: crate::runtime::required(name, "name")?,
            secret_jwt_template,
            type_: crate::runtime::required(type_, "type")?,
        })
    }
}
crate::runtime::object_serde!(CreateApiKeyBody);

impl CreateApiKeyBody {
    /// A value with the required fields (`name`, `type_`) set and every optional field absent.
    pub fn new(name: impl Into<String>, type_: CreateApiKeyBodyType) -> Self {
        Self {
            description: crate::runtime::Nullable::Absent,
            name: name.into(),
            secret_jwt_template: crate::runtime::Nullable::Absent,
            type_,
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
