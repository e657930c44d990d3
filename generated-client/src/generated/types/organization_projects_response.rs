//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OrganizationProjectsResponse`.

use serde::{Deserialize, Serialize};

/// `OrganizationProjectsResponse`
///
/// Schema: `#/components/schemas/OrganizationProjectsResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationProjectsResponse {
    /// `pagination`
    pub pagination: OrganizationProjectsResponsePagination,
    /// `projects`
    pub projects: Vec<OrganizationProjectsResponseProjectsItem>,
}

impl crate::runtime::ToFields for OrganizationProjectsResponse {
    const NAME: &'static str = "OrganizationProjectsResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("pagination", &self.pagination).field("projects", &self.projects)
    }
}

impl crate::runtime::FromFields for OrganizationProjectsResponse {
    const EXPECTING: &'static str = "struct OrganizationProjectsResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut pagination: Option<OrganizationProjectsResponsePagination> = None;
        let mut projects: Option<Vec<OrganizationProjectsResponseProjectsItem>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "pagination" => __map.fill(&mut pagination),
                "projects" => __map.fill(&mut projects),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(OrganizationProjectsResponse {
            pagination: crate::runtime::required(pagination, "pagination")?,
            projects: crate::runtime::required(projects, "projects")?,
        })
    }
}
crate::runtime::object_serde!(OrganizationProjectsResponse);

/// `OrganizationProjectsResponsePagination`
///
/// Schema: `#/components/schemas/OrganizationProjectsResponse/properties/pagination`
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationProjectsResponsePagination {
    /// Total number of projects. Use this to calculate the total number of pages.
    pub count: f64,
    /// Maximum number of projects per page
    pub limit: f64,
    /// Number of projects skipped in this response
    pub offset: f64,
}

impl crate::runtime::ToFields for OrganizationProjectsResponsePagination {
    const NAME: &'static str = "OrganizationProjectsResponsePagination";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("count", &self.count)
            .field("limit", &self.limit)
            .field("offset", &self.offset)
    }
}

impl crate::runtime::FromFields for OrganizationProjectsResponsePagination {
    const EXPECTING: &'static str = "struct OrganizationProjectsResponsePagination";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut count: Option<f64> = None;
        let mut limit: Option<f64> = None;
        let mut offset: Option<f64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "count" => __map.fill(&mut count),
                "limit" => __map.fill(&mut limit),
                "offset" => __map.fill(&mut offset),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(OrganizationProjectsResponsePagination {
            count: crate::runtime::required(count, "count")?,
            limit: crate::runtime::required(limit, "limit")?,
            offset: crate::runtime::required(offset, "offset")?,
        })
    }
}
crate::runtime::object_serde!(OrganizationProjectsResponsePagination);

/// `OrganizationProjectsResponseProjectsItem`
///
/// Schema: `#/components/schemas/OrganizationProjectsResponse/properties/projects/items`
#[derive(Debug, Clone, PartialEq)]
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
    pub ref_: String,
    /// `region`
    pub region: String,
    /// `status`
    pub status: OrganizationProjectsResponseProjectsItemStatus,
}

impl crate::runtime::ToFields for OrganizationProjectsResponseProjectsItem {
    const NAME: &'static str = "OrganizationProjectsResponseProjectsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("cloud_provider", &self.cloud_provider)
            .field("databases", &self.databases)
            .field("inserted_at", &self.inserted_at)
            .field("is_branch", &self.is_branch)
            .field("name", &self.name)
            .field("ref", &self.ref_)
            .field("region", &self.region)
            .field("status", &self.status)
    }
}

impl crate::runtime::FromFields for OrganizationProjectsResponseProjectsItem {
    const EXPECTING: &'static str = "struct OrganizationProjectsResponseProjectsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut cloud_provider: Option<String> = None;
        let mut databases: Option<
            Vec<OrganizationProjectsResponseProjectsItemDatabasesItem>,
        > = None;
        let mut inserted_at: Option<String> = None;
        let mut is_branch: Option<bool> = None;
        let mut name: Option<String> = None;
        let mut ref_: Option<String> = None;
        let mut region: Option<String> = None;
        let mut status: Option<OrganizationProjectsResponseProjectsItemStatus> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "cloud_provider" => __map.fill(&mut cloud_provider),
                "databases" => __map.fill(&mut databases),
                "inserted_at" => __map.fill(&mut inserted_at),
                "is_branch" => __map.fill(&mut is_branch),
                "name" => __map.fill(&mut name),
                "ref" => __map.fill(&mut ref_),
                "region" => __map.fill(&mut region),
                "status" => __map.fill(&mut status),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(OrganizationProjectsResponseProjectsItem {
            cloud_provider: crate::runtime::required(cloud_provider, "cloud_provider")?,
            databases: crate::runtime::required(databases, "databases")?,
            inserted_at: crate::runtime::required(inserted_at, "inserted_at")?,
            is_branch: crate::runtime::required(is_branch, "is_branch")?,
            name: crate::runtime::required(name, "name")?,
            ref_: crate::runtime::required(ref_, "ref")?,
            region: crate::runtime::required(region, "region")?,
            status: crate::runtime::required(status, "status")?,
        })
    }
}
crate::runtime::object_serde!(OrganizationProjectsResponseProjectsItem);

/// `OrganizationProjectsResponseProjectsItemDatabasesItem`
///
/// Schema: `#/components/schemas/OrganizationProjectsResponse/properties/projects/items/properties/databases/items`
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationProjectsResponseProjectsItemDatabasesItem {
    /// `cloud_provider`
    pub cloud_provider: String,
    /// `disk_last_modified_at`
    pub disk_last_modified_at: Option<String>,
    /// `disk_throughput_mbps`
    pub disk_throughput_mbps: Option<f64>,
    /// `disk_type`
    pub disk_type: Option<OrganizationProjectsResponseProjectsItemDatabasesItemDiskType>,
    /// `disk_volume_size_gb`
    pub disk_volume_size_gb: Option<f64>,
    /// `identifier`
    pub identifier: String,
    /// `infra_compute_size`
    pub infra_compute_size: Option<
        OrganizationProjectsResponseProjectsItemDatabasesItemInfraComputeSize,
    >,
    /// `region`
    pub region: String,
    /// `status`
    pub status: OrganizationProjectsResponseProjectsItemDatabasesItemStatus,
    /// `type`
    pub type_: OrganizationProjectsResponseProjectsItemDatabasesItemType,
}

impl crate::runtime::ToFields for OrganizationProjectsResponseProjectsItemDatabasesItem {
    const NAME: &'static str = "OrganizationProjectsResponseProjectsItemDatabasesItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("cloud_provider", &self.cloud_provider)
            .optional("disk_last_modified_at", &self.disk_last_modified_at)
            .optional("disk_throughput_mbps", &self.disk_throughput_mbps)
            .optional("disk_type", &self.disk_type)
            .optional("disk_volume_size_gb", &self.disk_volume_size_gb)
            .field("identifier", &self.identifier)
            .optional("infra_compute_size", &self.infra_compute_size)
            .field("region", &self.region)
            .field("status", &self.status)
            .field("type", &self.type_)
    }
}

impl crate::runtime::FromFields
for OrganizationProjectsResponseProjectsItemDatabasesItem {
    const EXPECTING: &'static str = "struct OrganizationProjectsResponseProjectsItemDatabasesItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut cloud_provider: Option<String> = None;
        let mut disk_last_modified_at: Option<String> = None;
        let mut disk_throughput_mbps: Option<f64> = None;
        let mut disk_type: Option<
            OrganizationProjectsResponseProjectsItemDatabasesItemDiskType,
        > = None;
        let mut disk_volume_size_gb: Option<f64> = None;
        let mut identifier: Option<String> = None;
        let mut infra_compute_size: Option<
            OrganizationProjectsResponseProjectsItemDatabasesItemInfraComputeSize,
        > = None;
        let mut region: Option<String> = None;
        let mut status: Option<
            OrganizationProjectsResponseProjectsItemDatabasesItemStatus,
        > = None;
        let mut type_: Option<
            OrganizationProjectsResponseProjectsItemDatabasesItemType,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "cloud_provider" => __map.fill(&mut cloud_provider),
                "disk_last_modified_at" => __map.set(&mut disk_last_modified_at),
                "disk_throughput_mbps" => __map.set(&mut disk_throughput_mbps),
                "disk_type" => __map.set(&mut disk_type),
                "disk_volume_size_gb" => __map.set(&mut disk_volume_size_gb),
                "identifier" => __map.fill(&mut identifier),
                "infra_compute_size" => __map.set(&mut infra_compute_size),
                "region" => __map.fill(&mut region),
                "status" => __map.fill(&mut status),
                "type" => __map.fill(&mut type_),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(OrganizationProjectsResponseProjectsItemDatabasesItem {
            cloud_provider: crate::runtime::required(cloud_provider, "cloud_provider")?,
            disk_last_modified_at,
            disk_throughput_mbps,
            disk_type,
            disk_volume_size_gb,
            identifier: crate::runtime::required(identifier, "identifier")?,
            infra_compute_size,
            region: crate::runtime::required(region, "region")?,
            status: crate::runtime::required(status, "status")?,
            type_: crate::runtime::required(type_, "type")?,
        })
    }
}
crate::runtime::object_serde!(OrganizationProjectsResponseProjectsItemDatabasesItem);

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
