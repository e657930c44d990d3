//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkRestrictionsV2Response`.

use serde::{Deserialize, Serialize};

/// `NetworkRestrictionsV2Response`
///
/// Schema: `#/components/schemas/NetworkRestrictionsV2Response`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NetworkRestrictionsV2Response {
    /// `applied_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applied_at: Option<String>,
    /// At any given point in time, this is the config that the user has requested be applied to their project. The `status` field indicates if it has been applied to the project, or is pending. When an updated config is received, the applied config is moved to `old_config`.
    pub config: NetworkRestrictionsV2ResponseConfig,
    /// `entitlement`
    pub entitlement: NetworkRestrictionsV2ResponseEntitlement,
    /// Populated when a new config has been received, but not registered as successfully applied to a project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_config: Option<NetworkRestrictionsV2ResponseOldConfig>,
    /// `status`
    pub status: NetworkRestrictionsV2ResponseStatus,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

impl<'de> Deserialize<'de> for NetworkRestrictionsV2Response {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsV2Response {
    const EXPECTING: &'static str = "struct NetworkRestrictionsV2Response";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<NetworkRestrictionsV2ResponseConfig> = None;
        let mut field_2: Option<NetworkRestrictionsV2ResponseEntitlement> = None;
        let mut field_3: Option<Option<NetworkRestrictionsV2ResponseOldConfig>> = None;
        let mut field_4: Option<NetworkRestrictionsV2ResponseStatus> = None;
        let mut field_5: Option<Option<String>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "applied_at" => map.fill(&mut field_0),
                "config" => map.fill(&mut field_1),
                "entitlement" => map.fill(&mut field_2),
                "old_config" => map.fill(&mut field_3),
                "status" => map.fill(&mut field_4),
                "updated_at" => map.fill(&mut field_5),
                _ => map.skip(),
            };
            read?;
        }
        Ok(NetworkRestrictionsV2Response {
            applied_at: Option::flatten(field_0),
            config: crate::runtime::required(field_1, "config")?,
            entitlement: crate::runtime::required(field_2, "entitlement")?,
            old_config: Option::flatten(field_3),
            status: crate::runtime::required(field_4, "status")?,
            updated_at: Option::flatten(field_5),
        })
    }
}

/// At any given point in time, this is the config that the user has requested be applied to their project. The `status` field indicates if it has been applied to the project, or is pending. When an updated config is received, the applied config is moved to `old_config`.
///
/// Schema: `#/components/schemas/NetworkRestrictionsV2Response/properties/config`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct NetworkRestrictionsV2ResponseConfig {
    /// `dbAllowedCidrs`
    #[serde(rename = "dbAllowedCidrs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs: Option<
        Vec<NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem>,
    >,
}

impl<'de> Deserialize<'de> for NetworkRestrictionsV2ResponseConfig {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsV2ResponseConfig {
    const EXPECTING: &'static str = "struct NetworkRestrictionsV2ResponseConfig";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            Option<Vec<NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem>>,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "dbAllowedCidrs" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(NetworkRestrictionsV2ResponseConfig {
            db_allowed_cidrs: Option::flatten(field_0),
        })
    }
}

/// `NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem`
///
/// Schema: `#/components/schemas/NetworkRestrictionsV2Response/properties/config/properties/dbAllowedCidrs/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem {
    /// `address`
    pub address: String,
    /// `type`
    pub r#type: NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItemType,
}

impl<'de> Deserialize<'de> for NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem {
    const EXPECTING: &'static str = "struct NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<
            NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItemType,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "address" => map.fill(&mut field_0),
                "type" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem {
            address: crate::runtime::required(field_0, "address")?,
            r#type: crate::runtime::required(field_1, "type")?,
        })
    }
}

/// `NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItemType`
///
/// Schema: `#/components/schemas/NetworkRestrictionsV2Response/properties/config/properties/dbAllowedCidrs/items/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItemType {
    /// `v4`
    V4,
    /// `v6`
    V6,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItemType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V4 => "v4",
            Self::V6 => "v6",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItemType {
    fn from(value: &str) -> Self {
        match value {
            "v4" => Self::V4,
            "v6" => Self::V6,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItemType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `NetworkRestrictionsV2ResponseEntitlement`
///
/// Schema: `#/components/schemas/NetworkRestrictionsV2Response/properties/entitlement`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NetworkRestrictionsV2ResponseEntitlement {
    /// `disallowed`
    Disallowed,
    /// `allowed`
    Allowed,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl NetworkRestrictionsV2ResponseEntitlement {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disallowed => "disallowed",
            Self::Allowed => "allowed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for NetworkRestrictionsV2ResponseEntitlement {
    fn from(value: &str) -> Self {
        match value {
            "disallowed" => Self::Disallowed,
            "allowed" => Self::Allowed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for NetworkRestrictionsV2ResponseEntitlement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for NetworkRestrictionsV2ResponseEntitlement {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for NetworkRestrictionsV2ResponseEntitlement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Populated when a new config has been received, but not registered as successfully applied to a project.
///
/// Schema: `#/components/schemas/NetworkRestrictionsV2Response/properties/old_config`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct NetworkRestrictionsV2ResponseOldConfig {
    /// `dbAllowedCidrs`
    #[serde(rename = "dbAllowedCidrs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs: Option<
        Vec<NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem>,
    >,
}

impl<'de> Deserialize<'de> for NetworkRestrictionsV2ResponseOldConfig {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsV2ResponseOldConfig {
    const EXPECTING: &'static str = "struct NetworkRestrictionsV2ResponseOldConfig";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            Option<Vec<NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem>>,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "dbAllowedCidrs" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(NetworkRestrictionsV2ResponseOldConfig {
            db_allowed_cidrs: Option::flatten(field_0),
        })
    }
}

/// `NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem`
///
/// Schema: `#/components/schemas/NetworkRestrictionsV2Response/properties/old_config/properties/dbAllowedCidrs/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem {
    /// `address`
    pub address: String,
    /// `type`
    pub r#type: NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItemType,
}

impl<'de> Deserialize<'de> for NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem {
    const EXPECTING: &'static str = "struct NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<
            NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItemType,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "address" => map.fill(&mut field_0),
                "type" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem {
            address: crate::runtime::required(field_0, "address")?,
            r#type: crate::runtime::required(field_1, "type")?,
        })
    }
}

/// `NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItemType`
///
/// Schema: `#/components/schemas/NetworkRestrictionsV2Response/properties/old_config/properties/dbAllowedCidrs/items/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItemType {
    /// `v4`
    V4,
    /// `v6`
    V6,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItemType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V4 => "v4",
            Self::V6 => "v6",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItemType {
    fn from(value: &str) -> Self {
        match value {
            "v4" => Self::V4,
            "v6" => Self::V6,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItemType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `NetworkRestrictionsV2ResponseStatus`
///
/// Schema: `#/components/schemas/NetworkRestrictionsV2Response/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NetworkRestrictionsV2ResponseStatus {
    /// `stored`
    Stored,
    /// `applied`
    Applied,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl NetworkRestrictionsV2ResponseStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stored => "stored",
            Self::Applied => "applied",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for NetworkRestrictionsV2ResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "stored" => Self::Stored,
            "applied" => Self::Applied,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for NetworkRestrictionsV2ResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for NetworkRestrictionsV2ResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for NetworkRestrictionsV2ResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
