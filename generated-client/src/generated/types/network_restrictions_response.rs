//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkRestrictionsResponse`.

use serde::{Deserialize, Serialize};

/// `NetworkRestrictionsResponse`
///
/// Schema: `#/components/schemas/NetworkRestrictionsResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkRestrictionsResponse {
    /// `applied_at`
    pub applied_at: Option<String>,
    /// At any given point in time, this is the config that the user has requested be applied to their project. The `status` field indicates if it has been applied to the project, or is pending. When an updated config is received, the applied config is moved to `old_config`.
    pub config: NetworkRestrictionsResponseConfig,
    /// `entitlement`
    pub entitlement: NetworkRestrictionsResponseEntitlement,
    /// Populated when a new config has been received, but not registered as successfully applied to a project.
    pub old_config: Option<NetworkRestrictionsResponseOldConfig>,
    /// `status`
    pub status: NetworkRestrictionsResponseStatus,
    /// `updated_at`
    pub updated_at: Option<String>,
}

impl crate::runtime::ToFields for NetworkRestrictionsResponse {
    const NAME: &'static str = "NetworkRestrictionsResponse";
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

impl crate::runtime::FromFields for NetworkRestrictionsResponse {
    const EXPECTING: &'static str = "struct NetworkRestrictionsResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut applied_at: Option<String> = None;
        let mut config: Option<NetworkRestrictionsResponseConfig> = None;
        let mut entitlement: Option<NetworkRestrictionsResponseEntitlement> = None;
        let mut old_config: Option<NetworkRestrictionsResponseOldConfig> = None;
        let mut status: Option<NetworkRestrictionsResponseStatus> = None;
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
        Ok(NetworkRestrictionsResponse {
            applied_at,
            config: crate::runtime::required(config, "config")?,
            entitlement: crate::runtime::required(entitlement, "entitlement")?,
            old_config,
            status: crate::runtime::required(status, "status")?,
            updated_at,
        })
    }
}
crate::runtime::object_serde!(NetworkRestrictionsResponse);

/// At any given point in time, this is the config that the user has requested be applied to their project. The `status` field indicates if it has been applied to the project, or is pending. When an updated config is received, the applied config is moved to `old_config`.
///
/// Schema: `#/components/schemas/NetworkRestrictionsResponse/properties/config`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkRestrictionsResponseConfig {
    /// `dbAllowedCidrs`
    pub db_allowed_cidrs: Option<Vec<String>>,
    /// `dbAllowedCidrsV6`
    pub db_allowed_cidrs_v6: Option<Vec<String>>,
}

impl crate::runtime::ToFields for NetworkRestrictionsResponseConfig {
    const NAME: &'static str = "NetworkRestrictionsResponseConfig";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("dbAllowedCidrs", &self.db_allowed_cidrs)
            .optional("dbAllowedCidrsV6", &self.db_allowed_cidrs_v6)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsResponseConfig {
    const EXPECTING: &'static str = "struct NetworkRestrictionsResponseConfig";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut db_allowed_cidrs: Option<Vec<String>> = None;
        let mut db_allowed_cidrs_v6: Option<Vec<String>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "dbAllowedCidrs" => __map.set(&mut db_allowed_cidrs),
                "dbAllowedCidrsV6" => __map.set(&mut db_allowed_cidrs_v6),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(NetworkRestrictionsResponseConfig {
            db_allowed_cidrs,
            db_allowed_cidrs_v6,
        })
    }
}
crate::runtime::object_serde!(NetworkRestrictionsResponseConfig);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkRestrictionsResponseOldConfig {
    /// `dbAllowedCidrs`
    pub db_allowed_cidrs: Option<Vec<String>>,
    /// `dbAllowedCidrsV6`
    pub db_allowed_cidrs_v6: Option<Vec<String>>,
}

impl crate::runtime::ToFields for NetworkRestrictionsResponseOldConfig {
    const NAME: &'static str = "NetworkRestrictionsResponseOldConfig";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("dbAllowedCidrs", &self.db_allowed_cidrs)
            .optional("dbAllowedCidrsV6", &self.db_allowed_cidrs_v6)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsResponseOldConfig {
    const EXPECTING: &'static str = "struct NetworkRestrictionsResponseOldConfig";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut db_allowed_cidrs: Option<Vec<String>> = None;
        let mut db_allowed_cidrs_v6: Option<Vec<String>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "dbAllowedCidrs" => __map.set(&mut db_allowed_cidrs),
                "dbAllowedCidrsV6" => __map.set(&mut db_allowed_cidrs_v6),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(NetworkRestrictionsResponseOldConfig {
            db_allowed_cidrs,
            db_allowed_cidrs_v6,
        })
    }
}
crate::runtime::object_serde!(NetworkRestrictionsResponseOldConfig);

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
