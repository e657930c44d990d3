//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/paths/~1v1~1organizations~1{slug}~1projects/get/parameters/4/schema`.

use serde::{Deserialize, Serialize};

/// Defaults to `"name_asc"` on the server.
///
/// Schema: `#/paths/~1v1~1organizations~1{slug}~1projects/get/parameters/4/schema`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetAllProjectsForOrganizationSort {
    /// `name_asc`
    NameAsc,
    /// `name_desc`
    NameDesc,
    /// `created_asc`
    CreatedAsc,
    /// `created_desc`
    CreatedDesc,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl GetAllProjectsForOrganizationSort {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NameAsc => "name_asc",
            Self::NameDesc => "name_desc",
            Self::CreatedAsc => "created_asc",
            Self::CreatedDesc => "created_desc",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetAllProjectsForOrganizationSort {
    fn from(value: &str) -> Self {
        match value {
            "name_asc" => Self::NameAsc,
            "name_desc" => Self::NameDesc,
            "created_asc" => Self::CreatedAsc,
            "created_desc" => Self::CreatedDesc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for GetAllProjectsForOrganizationSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetAllProjectsForOrganizationSort {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetAllProjectsForOrganizationSort {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `GetAvailableRegionsContinent`
///
/// Schema: `#/paths/~1v1~1projects~1available-regions/get/parameters/1/schema`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetAvailableRegionsContinent {
    /// `NA`
    Na,
    /// `SA`
    Sa,
    /// `EU`
    Eu,
    /// `AF`
    Af,
    /// `AS`
    As,
    /// `OC`
    Oc,
    /// `AN`
    An,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl GetAvailableRegionsContinent {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Na => "NA",
            Self::Sa => "SA",
            Self::Eu => "EU",
            Self::Af => "AF",
            Self::As => "AS",
            Self::Oc => "OC",
            Self::An => "AN",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetAvailableRegionsContinent {
    fn from(value: &str) -> Self {
        match value {
            "NA" => Self::Na,
            "SA" => Self::Sa,
            "EU" => Self::Eu,
            "AF" => Self::Af,
            "AS" => Self::As,
            "OC" => Self::Oc,
            "AN" => Self::An,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for GetAvailableRegionsContinent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetAvailableRegionsContinent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetAvailableRegionsContinent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `GetAvailableRegionsDesiredInstanceSize`
///
/// Schema: `#/paths/~1v1~1projects~1available-regions/get/parameters/2/schema`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetAvailableRegionsDesiredInstanceSize {
    /// `nano`
    Nano,
    /// `micro`
    Micro,
    /// `small`
    Small,
    /// `medium`
    Medium,
    /// `large`
    Large,
    /// `xlarge`
    Xlarge,
    /// `2xlarge`
    V2xlarge,
    /// `4xlarge`
    V4xlarge,
    /// `8xlarge`
    V8xlarge,
    /// `12xlarge`
    V12xlarge,
    /// `16xlarge`
    V16xlarge,
    /// `24xlarge`
    V24xlarge,
    /// `24xlarge_optimized_memory`
    V24xlargeOptimizedMemory,
    /// `24xlarge_optimized_cpu`
    V24xlargeOptimizedCpu,
    /// `24xlarge_high_memory`
    V24xlargeHighMemory,
    /// `48xlarge`
    V48xlarge,
    /// `48xlarge_optimized_memory`
    V48xlargeOptimizedMemory,
    /// `48xlarge_optimized_cpu`
    V48xlargeOptimizedCpu,
    /// `48xlarge_high_memory`
    V48xlargeHighMemory,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl GetAvailableRegionsDesiredInstanceSize {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Nano => "nano",
            Self::Micro => "micro",
            Self::Small => "small",
            Self::Medium => "medium",
            Self::Large => "large",
            Self::Xlarge => "xlarge",
            Self::V2xlarge => "2xlarge",
            Self::V4xlarge => "4xlarge",
            Self::V8xlarge => "8xlarge",
            Self::V12xlarge => "12xlarge",
            Self::V16xlarge => "16xlarge",
            Self::V24xlarge => "24xlarge",
            Self::V24xlargeOptimizedMemory => "24xlarge_optimized_memory",
            Self::V24xlargeOptimizedCpu => "24xlarge_optimized_cpu",
            Self::V24xlargeHighMemory => "24xlarge_high_memory",
            Self::V48xlarge => "48xlarge",
            Self::V48xlargeOptimizedMemory => "48xlarge_optimized_memory",
            Self::V48xlargeOptimizedCpu => "48xlarge_optimized_cpu",
            Self::V48xlargeHighMemory => "48xlarge_high_memory",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetAvailableRegionsDesiredInstanceSize {
    fn from(value: &str) -> Self {
        match value {
            "nano" => Self::Nano,
            "micro" => Self::Micro,
            "small" => Self::Small,
            "medium" => Self::Medium,
            "large" => Self::Large,
            "xlarge" => Self::Xlarge,
            "2xlarge" => Self::V2xlarge,
            "4xlarge" => Self::V4xlarge,
            "8xlarge" => Self::V8xlarge,
            "12xlarge" => Self::V12xlarge,
            "16xlarge" => Self::V16xlarge,
            "24xlarge" => Self::V24xlarge,
            "24xlarge_optimized_memory" => Self::V24xlargeOptimizedMemory,
            "24xlarge_optimized_cpu" => Self::V24xlargeOptimizedCpu,
            "24xlarge_high_memory" => Self::V24xlargeHighMemory,
            "48xlarge" => Self::V48xlarge,
            "48xlarge_optimized_memory" => Self::V48xlargeOptimizedMemory,
            "48xlarge_optimized_cpu" => Self::V48xlargeOptimizedCpu,
            "48xlarge_high_memory" => Self::V48xlargeHighMemory,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for GetAvailableRegionsDesiredInstanceSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetAvailableRegionsDesiredInstanceSize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetAvailableRegionsDesiredInstanceSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `GetServicesHealthServicesItem`
///
/// Schema: `#/paths/~1v1~1projects~1{ref}~1health/get/parameters/1/schema/items`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetServicesHealthServicesItem {
    /// `auth`
    Auth,
    /// `db`
    Db,
    /// `db_postgres_user`
    DbPostgresUser,
    /// `pooler`
    Pooler,
    /// `realtime`
    Realtime,
    /// `rest`
    Rest,
    /// `storage`
    Storage,
    /// `pg_bouncer`
    PgBouncer,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl GetServicesHealthServicesItem {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auth => "auth",
            Self::Db => "db",
            Self::DbPostgresUser => "db_postgres_user",
            Self::Pooler => "pooler",
            Self::Realtime => "realtime",
            Self::Rest => "rest",
            Self::Storage => "storage",
            Self::PgBouncer => "pg_bouncer",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetServicesHealthServicesItem {
    fn from(value: &str) -> Self {
        match value {
            "auth" => Self::Auth,
            "db" => Self::Db,
            "db_postgres_user" => Self::DbPostgresUser,
            "pooler" => Self::Pooler,
            "realtime" => Self::Realtime,
            "rest" => Self::Rest,
            "storage" => Self::Storage,
            "pg_bouncer" => Self::PgBouncer,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for GetServicesHealthServicesItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetServicesHealthServicesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetServicesHealthServicesItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
