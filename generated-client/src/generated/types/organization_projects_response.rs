//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OrganizationProjectsResponse`.

use serde::{Deserialize, Serialize};

/// `OrganizationProjectsResponse`
///
/// Schema: `#/components/schemas/OrganizationProjectsResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganizationProjectsResponse {
    /// `pagination`
    pub pagination: OrganizationProjectsResponsePagination,
    /// `projects`
    pub projects: Vec<OrganizationProjectsResponseProjectsItem>,
}

impl<'de> Deserialize<'de> for OrganizationProjectsResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for OrganizationProjectsResponse {
    const EXPECTING: &'static str = "struct OrganizationProjectsResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<OrganizationProjectsResponsePagination> = None;
        let mut field_1: Option<Vec<OrganizationProjectsResponseProjectsItem>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "pagination" => map.fill(&mut field_0),
                "projects" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(OrganizationProjectsResponse {
            pagination: crate::runtime::required(field_0, "pagination")?,
            projects: crate::runtime::required(field_1, "projects")?,
        })
    }
}

/// `OrganizationProjectsResponsePagination`
///
/// Schema: `#/components/schemas/OrganizationProjectsResponse/properties/pagination`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganizationProjectsResponsePagination {
    /// Total number of projects. Use this to calculate the total number of pages.
    pub count: f64,
    /// Maximum number of projects per page
    pub limit: f64,
    /// Number of projects skipped in this response
    pub offset: f64,
}

impl<'de> Deserialize<'de> for OrganizationProjectsResponsePagination {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for OrganizationProjectsResponsePagination {
    const EXPECTING: &'static str = "struct OrganizationProjectsResponsePagination";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<f64> = None;
        let mut field_1: Option<f64> = None;
        let mut field_2: Option<f64> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "count" => map.fill(&mut field_0),
                "limit" => map.fill(&mut field_1),
                "offset" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(OrganizationProjectsResponsePagination {
            count: crate::runtime::required(field_0, "count")?,
            limit: crate::runtime::required(field_1, "limit")?,
            offset: crate::runtime::required(field_2, "offset")?,
        })
    }
}

/// `OrganizationProjectsResponseProjectsItem`
///
/// Schema: `#/components/schemas/OrganizationProjectsResponse/properties/projects/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganizationProjectsResponseProjectsItem {
    /// `cloud_provider`
    pub cloud_provider: String,
    /// `databases`
    pub databases: Vec<OrganizationProjectsResponseProjectsItemDatabasesItem>,
    /// `inserted_at`
    pub inserted_at: String,
    /// `is_branch`
    pub is_branch: bool,
    /// `name`
    pub name: String,
    /// `ref`
    pub r#ref: String,
    /// `region`
    pub region: String,
    /// `status`
    pub status: OrganizationProjectsResponseProjectsItemStatus,
}

impl<'de> Deserialize<'de> for OrganizationProjectsResponseProjectsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for OrganizationProjectsResponseProjectsItem {
    const EXPECTING: &'static str = "struct OrganizationProjectsResponseProjectsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<
            Vec<OrganizationProjectsResponseProjectsItemDatabasesItem>,
        > = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<bool> = None;
        let mut field_4: Option<String> = None;
        let mut field_5: Option<String> = None;
        let mut field_6: Option<String> = None;
        let mut field_7: Option<OrganizationProjectsResponseProjectsItemStatus> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "cloud_provider" => map.fill(&mut field_0),
                "databases" => map.fill(&mut field_1),
                "inserted_at" => map.fill(&mut field_2),
                "is_branch" => map.fill(&mut field_3),
                "name" => map.fill(&mut field_4),
                "ref" => map.fill(&mut field_5),
                "region" => map.fill(&mut field_6),
                "status" => map.fill(&mut field_7),
                _ => map.skip(),
            };
            read?;
        }
        Ok(OrganizationProjectsResponseProjectsItem {
            cloud_provider: crate::runtime::required(field_0, "cloud_provider")?,
            databases: crate::runtime::required(field_1, "databases")?,
            inserted_at: crate::runtime::required(field_2, "inserted_at")?,
            is_branch: crate::runtime::required(field_3, "is_branch")?,
            name: crate::runtime::required(field_4, "name")?,
            r#ref: crate::runtime::required(field_5, "ref")?,
            region: crate::runtime::required(field_6, "region")?,
            status: crate::runtime::required(field_7, "status")?,
        })
    }
}

/// `OrganizationProjectsResponseProjectsItemDatabasesItem`
///
/// Schema: `#/components/schemas/OrganizationProjectsResponse/properties/projects/items/properties/databases/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganizationProjectsResponseProjectsItemDatabasesItem {
    /// `cloud_provider`
    pub cloud_provider: String,
    /// `disk_last_modified_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_last_modified_at: Option<String>,
    /// `disk_throughput_mbps`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_throughput_mbps: Option<f64>,
    /// `disk_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_type: Option<OrganizationProjectsResponseProjectsItemDatabasesItemDiskType>,
    /// `disk_volume_size_gb`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_volume_size_gb: Option<f64>,
    /// `identifier`
    pub identifier: String,
    /// `infra_compute_size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infra_compute_size: Option<
        OrganizationProjectsResponseProjectsItemDatabasesItemInfraComputeSize,
    >,
    /// `region`
    pub region: String,
    /// `status`
    pub status: OrganizationProjectsResponseProjectsItemDatabasesItemStatus,
    /// `type`
    pub r#type: OrganizationProjectsResponseProjectsItemDatabasesItemType,
}

impl<'de> Deserialize<'de> for OrganizationProjectsResponseProjectsItemDatabasesItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for OrganizationProjectsResponseProjectsItemDatabasesItem {
    const EXPECTING: &'static str = "struct OrganizationProjectsResponseProjectsItemDatabasesItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<Option<String>> = None;
        let mut field_2: Option<Option<f64>> = None;
        let mut field_3: Option<
            Option<OrganizationProjectsResponseProjectsItemDatabasesItemDiskType>,
        > = None;
        let mut field_4: Option<Option<f64>> = None;
        let mut field_5: Option<String> = None;
        let mut field_6: Option<
            Option<OrganizationProjectsResponseProjectsItemDatabasesItemInfraComputeSize>,
        > = None;
        let mut field_7: Option<String> = None;
        let mut field_8: Option<
            OrganizationProjectsResponseProjectsItemDatabasesItemStatus,
        > = None;
        let mut field_9: Option<
            OrganizationProjectsResponseProjectsItemDatabasesItemType,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "cloud_provider" => map.fill(&mut field_0),
                "disk_last_modified_at" => map.fill(&mut field_1),
                "disk_throughput_mbps" => map.fill(&mut field_2),
                "disk_type" => map.fill(&mut field_3),
                "disk_volume_size_gb" => map.fill(&mut field_4),
                "identifier" => map.fill(&mut field_5),
                "infra_compute_size" => map.fill(&mut field_6),
                "region" => map.fill(&mut field_7),
                "status" => map.fill(&mut field_8),
                "type" => map.fill(&mut field_9),
                _ => map.skip(),
            };
            read?;
        }
        Ok(OrganizationProjectsResponseProjectsItemDatabasesItem {
            cloud_provider: crate::runtime::required(field_0, "cloud_provider")?,
            disk_last_modified_at: Option::flatten(field_1),
            disk_throughput_mbps: Option::flatten(field_2),
            disk_type: Option::flatten(field_3),
            disk_volume_size_gb: Option::flatten(field_4),
            identifier: crate::runtime::required(field_5, "identifier")?,
            infra_compute_size: Option::flatten(field_6),
            region: crate::runtime::required(field_7, "region")?,
            status: crate::runtime::required(field_8, "status")?,
            r#type: crate::runtime::required(field_9, "type")?,
        })
    }
}

/// `OrganizationProjectsResponseProjectsItemDatabasesItemDiskType`
///
/// Schema: `#/components/schemas/OrganizationProjectsResponse/properties/projects/items/properties/databases/items/properties/disk_type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrganizationProjectsResponseProjectsItemDatabasesItemDiskType {
    /// `gp3`
    Gp3,
    /// `io2`
    Io2,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl OrganizationProjectsResponseProjectsItemDatabasesItemDiskType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gp3 => "gp3",
            Self::Io2 => "io2",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OrganizationProjectsResponseProjectsItemDatabasesItemDiskType {
    fn from(value: &str) -> Self {
        match value {
            "gp3" => Self::Gp3,
            "io2" => Self::Io2,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display
for OrganizationProjectsResponseProjectsItemDatabasesItemDiskType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OrganizationProjectsResponseProjectsItemDatabasesItemDiskType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for OrganizationProjectsResponseProjectsItemDatabasesItemDiskType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `OrganizationProjectsResponseProjectsItemDatabasesItemInfraComputeSize`
///
/// Schema: `#/components/schemas/OrganizationProjectsResponse/properties/projects/items/properties/databases/items/properties/infra_compute_size`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrganizationProjectsResponseProjectsItemDatabasesItemInfraComputeSize {
    /// `pico`
    Pico,
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

impl OrganizationProjectsResponseProjectsItemDatabasesItemInfraComputeSize {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pico => "pico",
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

impl From<&str>
for OrganizationProjectsResponseProjectsItemDatabasesItemInfraComputeSize {
    fn from(value: &str) -> Self {
        match value {
            "pico" => Self::Pico,
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

impl std::fmt::Display
for OrganizationProjectsResponseProjectsItemDatabasesItemInfraComputeSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize
for OrganizationProjectsResponseProjectsItemDatabasesItemInfraComputeSize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for OrganizationProjectsResponseProjectsItemDatabasesItemInfraComputeSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `OrganizationProjectsResponseProjectsItemDatabasesItemStatus`
///
/// Schema: `#/components/schemas/OrganizationProjectsResponse/properties/projects/items/properties/databases/items/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrganizationProjectsResponseProjectsItemDatabasesItemStatus {
    /// `ACTIVE_HEALTHY`
    ActiveHealthy,
    /// `ACTIVE_UNHEALTHY`
    ActiveUnhealthy,
    /// `COMING_UP`
    ComingUp,
    /// `GOING_DOWN`
    GoingDown,
    /// `INIT_FAILED`
    InitFailed,
    /// `REMOVED`
    Removed,
    /// `RESTORING`
    Restoring,
    /// `UNKNOWN`
    UnknownValue,
    /// `INIT_READ_REPLICA`
    InitReadReplica,
    /// `INIT_READ_REPLICA_FAILED`
    InitReadReplicaFailed,
    /// `RESTARTING`
    Restarting,
    /// `RESIZING`
    Resizing,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl OrganizationProjectsResponseProjectsItemDatabasesItemStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ActiveHealthy => "ACTIVE_HEALTHY",
            Self::ActiveUnhealthy => "ACTIVE_UNHEALTHY",
            Self::ComingUp => "COMING_UP",
            Self::GoingDown => "GOING_DOWN",
            Self::InitFailed => "INIT_FAILED",
            Self::Removed => "REMOVED",
            Self::Restoring => "RESTORING",
            Self::UnknownValue => "UNKNOWN",
            Self::InitReadReplica => "INIT_READ_REPLICA",
            Self::InitReadReplicaFailed => "INIT_READ_REPLICA_FAILED",
            Self::Restarting => "RESTARTING",
            Self::Resizing => "RESIZING",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OrganizationProjectsResponseProjectsItemDatabasesItemStatus {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE_HEALTHY" => Self::ActiveHealthy,
            "ACTIVE_UNHEALTHY" => Self::ActiveUnhealthy,
            "COMING_UP" => Self::ComingUp,
            "GOING_DOWN" => Self::GoingDown,
            "INIT_FAILED" => Self::InitFailed,
            "REMOVED" => Self::Removed,
            "RESTORING" => Self::Restoring,
            "UNKNOWN" => Self::UnknownValue,
            "INIT_READ_REPLICA" => Self::InitReadReplica,
            "INIT_READ_REPLICA_FAILED" => Self::InitReadReplicaFailed,
            "RESTARTING" => Self::Restarting,
            "RESIZING" => Self::Resizing,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for OrganizationProjectsResponseProjectsItemDatabasesItemStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OrganizationProjectsResponseProjectsItemDatabasesItemStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for OrganizationProjectsResponseProjectsItemDatabasesItemStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `OrganizationProjectsResponseProjectsItemDatabasesItemType`
///
/// Schema: `#/components/schemas/OrganizationProjectsResponse/properties/projects/items/properties/databases/items/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrganizationProjectsResponseProjectsItemDatabasesItemType {
    /// `PRIMARY`
    Primary,
    /// `READ_REPLICA`
    ReadReplica,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl OrganizationProjectsResponseProjectsItemDatabasesItemType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "PRIMARY",
            Self::ReadReplica => "READ_REPLICA",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OrganizationProjectsResponseProjectsItemDatabasesItemType {
    fn from(value: &str) -> Self {
        match value {
            "PRIMARY" => Self::Primary,
            "READ_REPLICA" => Self::ReadReplica,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for OrganizationProjectsResponseProjectsItemDatabasesItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OrganizationProjectsResponseProjectsItemDatabasesItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for OrganizationProjectsResponseProjectsItemDatabasesItemType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `OrganizationProjectsResponseProjectsItemStatus`
///
/// Schema: `#/components/schemas/OrganizationProjectsResponse/properties/projects/items/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrganizationProjectsResponseProjectsItemStatus {
    /// `INACTIVE`
    Inactive,
    /// `ACTIVE_HEALTHY`
    ActiveHealthy,
    /// `ACTIVE_UNHEALTHY`
    ActiveUnhealthy,
    /// `COMING_UP`
    ComingUp,
    /// `UNKNOWN`
    UnknownValue,
    /// `GOING_DOWN`
    GoingDown,
    /// `INIT_FAILED`
    InitFailed,
    /// `REMOVED`
    Removed,
    /// `RESTORING`
    Restoring,
    /// `UPGRADING`
    Upgrading,
    /// `PAUSING`
    Pausing,
    /// `RESTORE_FAILED`
    RestoreFailed,
    /// `RESTARTING`
    Restarting,
    /// `PAUSE_FAILED`
    PauseFailed,
    /// `RESIZING`
    Resizing,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl OrganizationProjectsResponseProjectsItemStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inactive => "INACTIVE",
            Self::ActiveHealthy => "ACTIVE_HEALTHY",
            Self::ActiveUnhealthy => "ACTIVE_UNHEALTHY",
            Self::ComingUp => "COMING_UP",
            Self::UnknownValue => "UNKNOWN",
            Self::GoingDown => "GOING_DOWN",
            Self::InitFailed => "INIT_FAILED",
            Self::Removed => "REMOVED",
            Self::Restoring => "RESTORING",
            Self::Upgrading => "UPGRADING",
            Self::Pausing => "PAUSING",
            Self::RestoreFailed => "RESTORE_FAILED",
            Self::Restarting => "RESTARTING",
            Self::PauseFailed => "PAUSE_FAILED",
            Self::Resizing => "RESIZING",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OrganizationProjectsResponseProjectsItemStatus {
    fn from(value: &str) -> Self {
        match value {
            "INACTIVE" => Self::Inactive,
            "ACTIVE_HEALTHY" => Self::ActiveHealthy,
            "ACTIVE_UNHEALTHY" => Self::ActiveUnhealthy,
            "COMING_UP" => Self::ComingUp,
            "UNKNOWN" => Self::UnknownValue,
            "GOING_DOWN" => Self::GoingDown,
            "INIT_FAILED" => Self::InitFailed,
            "REMOVED" => Self::Removed,
            "RESTORING" => Self::Restoring,
            "UPGRADING" => Self::Upgrading,
            "PAUSING" => Self::Pausing,
            "RESTORE_FAILED" => Self::RestoreFailed,
            "RESTARTING" => Self::Restarting,
            "PAUSE_FAILED" => Self::PauseFailed,
            "RESIZING" => Self::Resizing,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for OrganizationProjectsResponseProjectsItemStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OrganizationProjectsResponseProjectsItemStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for OrganizationProjectsResponseProjectsItemStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
