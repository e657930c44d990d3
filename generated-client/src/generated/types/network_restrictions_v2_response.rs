//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkRestrictionsV2Response`.

use serde::{Deserialize, Serialize};

/// `NetworkRestrictionsV2Response`
///
/// Schema: `#/components/schemas/NetworkRestrictionsV2Response`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// At any given point in time, this is the config that the user has requested be applied to their project. The `status` field indicates if it has been applied to the project, or is pending. When an updated config is received, the applied config is moved to `old_config`.
///
/// Schema: `#/components/schemas/NetworkRestrictionsV2Response/properties/config`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct NetworkRestrictionsV2ResponseConfig {
    /// `dbAllowedCidrs`
    #[serde(rename = "dbAllowedCidrs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs: Option<
        Vec<NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem>,
    >,
}

/// `NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem`
///
/// Schema: `#/components/schemas/NetworkRestrictionsV2Response/properties/config/properties/dbAllowedCidrs/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem {
    /// `address`
    pub address: String,
    /// `type`
    pub r#type: NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItemType,
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct NetworkRestrictionsV2ResponseOldConfig {
    /// `dbAllowedCidrs`
    #[serde(rename = "dbAllowedCidrs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs: Option<
        Vec<NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem>,
    >,
}

/// `NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem`
///
/// Schema: `#/components/schemas/NetworkRestrictionsV2Response/properties/old_config/properties/dbAllowedCidrs/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem {
    /// `address`
    pub address: String,
    /// `type`
    pub r#type: NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItemType,
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
