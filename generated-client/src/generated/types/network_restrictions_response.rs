//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkRestrictionsResponse`.

use serde::{Deserialize, Serialize};

/// `NetworkRestrictionsResponse`
///
/// Schema: `#/components/schemas/NetworkRestrictionsResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// At any given point in time, this is the config that the user has requested be applied to their project. The `status` field indicates if it has been applied to the project, or is pending. When an updated config is received, the applied config is moved to `old_config`.
///
/// Schema: `#/components/schemas/NetworkRestrictionsResponse/properties/config`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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
