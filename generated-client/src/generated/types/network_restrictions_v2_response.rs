//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkRestrictionsV2Response`.

use serde::{Deserialize, Serialize};

/// `NetworkRestrictionsV2Response`
///
/// Schema: `#/components/schemas/NetworkRestrictionsV2Response`
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkRestrictionsV2Response {
    /// `applied_at`
    pub applied_at: Option<String>,
    /// At any given point in time, this is the config that the user has requested be applied to their project. The `status` field indicates if it has been applied to the project, or is pending. When an updated config is received, the applied config is moved to `old_config`.
    pub config: NetworkRestrictionsV2ResponseConfig,
    /// `entitlement`
    pub entitlement: NetworkRestrictionsV2ResponseEntitlement,
    /// Populated when a new config has been received, but not registered as successfully applied to a project.
    pub old_config: Option<NetworkRestrictionsV2ResponseOldConfig>,
    /// `status`
    pub status: NetworkRestrictionsV2ResponseStatus,
    /// `updated_at`
    pub updated_at: Option<String>,
}

impl crate::runtime::ToFields for NetworkRestrictionsV2Response {
    const NAME: &'static str = "NetworkRestrictionsV2Response";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("applied_at", &self.applied_at)
            .field("config", &self.config)
            .field("entitlement", &self.entitlement)
            .optional("old_config", &self.old_config)
            .field("status", &self.status)
            .optional("updated_at", &self.updated_at)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsV2Response {
    const EXPECTING: &'static str = "struct NetworkRestrictionsV2Response";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut applied_at: Option<String> = None;
        let mut config: Option<NetworkRestrictionsV2ResponseConfig> = None;
        let mut entitlement: Option<NetworkRestrictionsV2ResponseEntitlement> = None;
        let mut old_config: Option<NetworkRestrictionsV2ResponseOldConfig> = None;
        let mut status: Option<NetworkRestrictionsV2ResponseStatus> = None;
        let mut updated_at: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "applied_at" => __map.set(&mut applied_at),
                "config" => __map.fill(&mut config),
                "entitlement" => __map.fill(&mut entitlement),
                "old_config" => __map.set(&mut old_config),
                "status" => __map.fill(&mut status),
                "updated_at" => __map.set(&mut updated_at),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(NetworkRestrictionsV2Response {
            applied_at,
            config: crate::runtime::required(config, "config")?,
            entitlement: crate::runtime::required(entitlement, "entitlement")?,
            old_config,
            status: crate::runtime::required(status, "status")?,
            updated_at,
        })
    }
}
crate::runtime::object_serde!(NetworkRestrictionsV2Response);

/// At any given point in time, this is the config that the user has requested be applied to their project. The `status` field indicates if it has been applied to the project, or is pending. When an updated config is received, the applied config is moved to `old_config`.
///
/// Schema: `#/components/schemas/NetworkRestrictionsV2Response/properties/config`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkRestrictionsV2ResponseConfig {
    /// `dbAllowedCidrs`
    pub db_allowed_cidrs: Option<
        Vec<NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem>,
    >,
}

impl crate::runtime::ToFields for NetworkRestrictionsV2ResponseConfig {
    const NAME: &'static str = "NetworkRestrictionsV2ResponseConfig";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.optional("dbAllowedCidrs", &self.db_allowed_cidrs)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsV2ResponseConfig {
    const EXPECTING: &'static str = "struct NetworkRestrictionsV2ResponseConfig";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut db_allowed_cidrs: Option<
            Vec<NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem>,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "dbAllowedCidrs" => __map.set(&mut db_allowed_cidrs),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(NetworkRestrictionsV2ResponseConfig {
            db_allowed_cidrs,
        })
    }
}
crate::runtime::object_serde!(NetworkRestrictionsV2ResponseConfig);

/// `NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem`
///
/// Schema: `#/components/schemas/NetworkRestrictionsV2Response/properties/config/properties/dbAllowedCidrs/items`
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem {
    /// `address`
    pub address: String,
    /// `type`
    pub type_: NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItemType,
}

impl crate::runtime::ToFields for NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem {
    const NAME: &'static str = "NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("address", &self.address).field("type", &self.type_)
    }
}

impl crate::runtime::FromFields
for NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem {
    const EXPECTING: &'static str = "struct NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut address: Option<String> = None;
        let mut type_: Option<
            NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItemType,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "address" => __map.fill(&mut address),
                "type" => __map.fill(&mut type_),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem {
            address: crate::runtime::required(address, "address")?,
            type_: crate::runtime::required(type_, "type")?,
        })
    }
}
crate::runtime::object_serde!(NetworkRestrictionsV2ResponseConfigDbAllowedCidrsItem);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkRestrictionsV2ResponseOldConfig {
    /// `dbAllowedCidrs`
    pub db_allowed_cidrs: Option<
        Vec<NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem>,
    >,
}

impl crate::runtime::ToFields for NetworkRestrictionsV2ResponseOldConfig {
    const NAME: &'static str = "NetworkRestrictionsV2ResponseOldConfig";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.optional("dbAllowedCidrs", &self.db_allowed_cidrs)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsV2ResponseOldConfig {
    const EXPECTING: &'static str = "struct NetworkRestrictionsV2ResponseOldConfig";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut db_allowed_cidrs: Option<
            Vec<NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem>,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "dbAllowedCidrs" => __map.set(&mut db_allowed_cidrs),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(NetworkRestrictionsV2ResponseOldConfig {
            db_allowed_cidrs,
        })
    }
}
crate::runtime::object_serde!(NetworkRestrictionsV2ResponseOldConfig);

/// `NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem`
///
/// Schema: `#/components/schemas/NetworkRestrictionsV2Response/properties/old_config/properties/dbAllowedCidrs/items`
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem {
    /// `address`
    pub address: String,
    /// `type`
    pub type_: NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItemType,
}

impl crate::runtime::ToFields
for NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem {
    const NAME: &'static str = "NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("address", &self.address).field("type", &self.type_)
    }
}

impl crate::runtime::FromFields
for NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem {
    const EXPECTING: &'static str = "struct NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut address: Option<String> = None;
        let mut type_: Option<
            NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItemType,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "address" => __map.fill(&mut address),
                "type" => __map.fill(&mut type_),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem {
            address: crate::runtime::required(address, "address")?,
            type_: crate::runtime::required(type_, "type")?,
        })
    }
}
crate::runtime::object_serde!(NetworkRestrictionsV2ResponseOldConfigDbAllowedCidrsItem);

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
