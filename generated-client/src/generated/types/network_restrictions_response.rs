//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkRestrictionsResponse`.

use serde::{Deserialize, Serialize};

/// `NetworkRestrictionsResponse`
///
/// Schema: `#/components/schemas/NetworkRestrictionsResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NetworkRestrictionsResponse {
    /// `applied_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applied_at: Option<String>,
    /// At any given point in time, this is the config that the user has requested be applied to their project. The `status` field indicates if it has been applied to the project, or is pending. When an updated config is received, the applied config is moved to `old_config`.
    pub config: NetworkRestrictionsResponseConfig,
    /// `entitlement`
    pub entitlement: NetworkRestrictionsResponseEntitlement,
    /// Populated when a new config has been received, but not registered as successfully applied to a project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_config: Option<NetworkRestrictionsResponseOldConfig>,
    /// `status`
    pub status: NetworkRestrictionsResponseStatus,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

impl<'de> Deserialize<'de> for NetworkRestrictionsResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsResponse {
    const EXPECTING: &'static str = "struct NetworkRestrictionsResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<NetworkRestrictionsResponseConfig> = None;
        let mut field_2: Option<NetworkRestrictionsResponseEntitlement> = None;
        let mut field_3: Option<Option<NetworkRestrictionsResponseOldConfig>> = None;
        let mut field_4: Option<NetworkRestrictionsResponseStatus> = None;
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
        Ok(NetworkRestrictionsResponse {
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
/// Schema: `#/components/schemas/NetworkRestrictionsResponse/properties/config`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct NetworkRestrictionsResponseConfig {
    /// `dbAllowedCidrs`
    #[serde(rename = "dbAllowedCidrs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs: Option<Vec<String>>,
    /// `dbAllowedCidrsV6`
    #[serde(rename = "dbAllowedCidrsV6")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs_v6: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for NetworkRestrictionsResponseConfig {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsResponseConfig {
    const EXPECTING: &'static str = "struct NetworkRestrictionsResponseConfig";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<Vec<String>>> = None;
        let mut field_1: Option<Option<Vec<String>>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "dbAllowedCidrs" => map.fill(&mut field_0),
                "dbAllowedCidrsV6" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(NetworkRestrictionsResponseConfig {
            db_allowed_cidrs: Option::flatten(field_0),
            db_allowed_cidrs_v6: Option::flatten(field_1),
        })
    }
}

/// `NetworkRestrictionsResponseEntitlement`
///
/// Schema: `#/components/schemas/NetworkRestrictionsResponse/properties/entitlement`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NetworkRestrictionsResponseEntitlement {
    /// `disallowed`
    Disallowed,
    /// `allowed`
    Allowed,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl NetworkRestrictionsResponseEntitlement {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disallowed => "disallowed",
            Self::Allowed => "allowed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for NetworkRestrictionsResponseEntitlement {
    fn from(value: &str) -> Self {
        match value {
            "disallowed" => Self::Disallowed,
            "allowed" => Self::Allowed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for NetworkRestrictionsResponseEntitlement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for NetworkRestrictionsResponseEntitlement {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for NetworkRestrictionsResponseEntitlement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Populated when a new config has been received, but not registered as successfully applied to a project.
///
/// Schema: `#/components/schemas/NetworkRestrictionsResponse/properties/old_config`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct NetworkRestrictionsResponseOldConfig {
    /// `dbAllowedCidrs`
    #[serde(rename = "dbAllowedCidrs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs: Option<Vec<String>>,
    /// `dbAllowedCidrsV6`
    #[serde(rename = "dbAllowedCidrsV6")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs_v6: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for NetworkRestrictionsResponseOldConfig {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsResponseOldConfig {
    const EXPECTING: &'static str = "struct NetworkRestrictionsResponseOldConfig";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<Vec<String>>> = None;
        let mut field_1: Option<Option<Vec<String>>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "dbAllowedCidrs" => map.fill(&mut field_0),
                "dbAllowedCidrsV6" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(NetworkRestrictionsResponseOldConfig {
            db_allowed_cidrs: Option::flatten(field_0),
            db_allowed_cidrs_v6: Option::flatten(field_1),
        })
    }
}

/// `NetworkRestrictionsResponseStatus`
///
/// Schema: `#/components/schemas/NetworkRestrictionsResponse/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NetworkRestrictionsResponseStatus {
    /// `stored`
    Stored,
    /// `applied`
    Applied,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl NetworkRestrictionsResponseStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stored => "stored",
            Self::Applied => "applied",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for NetworkRestrictionsResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "stored" => Self::Stored,
            "applied" => Self::Applied,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for NetworkRestrictionsResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for NetworkRestrictionsResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for NetworkRestrictionsResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
