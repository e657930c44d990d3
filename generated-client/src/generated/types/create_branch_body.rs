//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateBranchBody`.

use serde::{Deserialize, Serialize};

/// `CreateBranchBody`
///
/// Schema: `#/components/schemas/CreateBranchBody`
#[derive(Clone, PartialEq)]
pub struct CreateBranchBody {
    /// `branch_name`
    pub branch_name: String,
    /// `desired_instance_size`
    pub desired_instance_size: Option<CreateBranchBodyDesiredInstanceSize>,
    /// `git_branch`
    pub git_branch: Option<String>,
    /// `is_default`
    pub is_default: Option<bool>,
    /// HTTP endpoint to receive branch status updates.
    pub notify_url: Option<String>,
    /// `persistent`
    pub persistent: Option<bool>,
    /// Postgres engine version. If not provided, the latest version will be used.
    pub postgres_engine: Option<CreateBranchBodyPostgresEngine>,
    /// `region`
    pub region: Option<String>,
    /// Release channel. If not provided, GA will be used.
    pub release_channel: Option<CreateBranchBodyReleaseChannel>,
    /// `secrets`
    pub secrets: Option<std::collections::BTreeMap<String, String>>,
    /// `with_data`
    pub with_data: Option<bool>,
}

impl std::fmt::Debug for CreateBranchBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateBranchBody")
            .field("branch_name", &self.branch_name)
            .field("desired_instance_size", &self.desired_instance_size)
            .field("git_branch", &self.git_branch)
            .field("is_default", &self.is_default)
            .field("notify_url", &self.notify_url)
            .field("persistent", &self.persistent)
            .field("postgres_engine", &self.postgres_engine)
            .field("region", &self.region)
            .field("release_channel", &self.release_channel)
            .field("secrets", &format_args!("[redacted]"))
            .field("with_data", &self.with_data)
            .finish()
    }
}

impl crate::runtime::ToFields for CreateBranchBody {
    const NAME: &'static str = "CreateBranchBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("branch_name", &self.branch_name)
            .optional("desired_instance_size", &self.desired_instance_size)
            .optional("git_branch", &self.git_branch)
            .optional("is_default", &self.is_default)
            .optional("notify_url", &self.notify_url)
            .optional("persistent", &self.persistent)
            .optional("postgres_engine", &self.postgres_engine)
            .optional("region", &self.region)
            .optional("release_channel", &self.release_channel)
            .optional("secrets", &self.secrets)
            .optional("with_data", &self.with_data)
    }
}

impl crate::runtime::FromFields for CreateBranchBody {
    const EXPECTING: &'static str = "struct CreateBranchBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut branch_name: Option<String> = None;
        let mut desired_instance_size: Option<CreateBranchBodyDesiredInstanceSize> = None;
        let mut git_branch: Option<String> = None;
        let mut is_default: Option<bool> = None;
        let mut notify_url: Option<String> = None;
        let mut persistent: Option<bool> = None;
        let mut postgres_engine: Option<CreateBranchBodyPostgresEngine> = None;
        let mut region: Option<String> = None;
        let mut release_channel: Option<CreateBranchBodyReleaseChannel> = None;
        let mut secrets: Option<std::collections::BTreeMap<String, String>> = None;
        let mut with_data: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "branch_name" => __map.fill(&mut branch_name),
                "desired_instance_size" => __map.set(&mut desired_instance_size),
                "git_branch" => __map.set(&mut git_branch),
                "is_default" => __map.set(&mut is_default),
                "notify_url" => __map.set(&mut notify_url),
                "persistent" => __map.set(&mut persistent),
                "postgres_engine" => __map.set(&mut postgres_engine),
                "region" => __map.set(&mut region),
                "release_channel" => __map.set(&mut release_channel),
                "secrets" => __map.set(&mut secrets),
                "with_data" => __map.set(&mut with_data),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(CreateBranchBody {
            branch_name: crate::runtime::required(branch_name, "branch_name")?,
            desired_instance_size,
            git_branch,
            is_default,
            notify_url,
            persistent,
            postgres_engine,
            region,
            release_channel,
            secrets,
            with_data,
        })
    }
}
crate::runtime::object_serde!(CreateBranchBody);

impl CreateBranchBody {
    /// A value with the required fields (`branch_name`) set and every optional field absent.
    pub fn new(branch_name: impl Into<String>) -> Self {
        Self {
            branch_name: branch_name.into(),
            desired_instance_size: None,
            git_branch: None,
            is_default: None,
            notify_url: None,
            persistent: None,
            postgres_engine: None,
            region: None,
            release_channel: None,
            secrets: None,
            with_data: None,
        }
    }
}

/// `CreateBranchBodyDesiredInstanceSize`
///
/// Schema: `#/components/schemas/CreateBranchBody/properties/desired_instance_size`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateBranchBodyDesiredInstanceSize {
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

impl CreateBranchBodyDesiredInstanceSize {
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

impl From<&str> for CreateBranchBodyDesiredInstanceSize {
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

impl std::fmt::Display for CreateBranchBodyDesiredInstanceSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateBranchBodyDesiredInstanceSize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateBranchBodyDesiredInstanceSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Postgres engine version. If not provided, the latest version will be used.
///
/// Schema: `#/components/schemas/CreateBranchBody/properties/postgres_engine`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateBranchBodyPostgresEngine {
    /// `15`
    V15,
    /// `17`
    V17,
    /// `17-oriole`
    V17Oriole,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateBranchBodyPostgresEngine {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V15 => "15",
            Self::V17 => "17",
            Self::V17Oriole => "17-oriole",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateBranchBodyPostgresEngine {
    fn from(value: &str) -> Self {
        match value {
            "15" => Self::V15,
            "17" => Self::V17,
            "17-oriole" => Self::V17Oriole,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateBranchBodyPostgresEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateBranchBodyPostgresEngine {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateBranchBodyPostgresEngine {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Release channel. If not provided, GA will be used.
///
/// Schema: `#/components/schemas/CreateBranchBody/properties/release_channel`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateBranchBodyReleaseChannel {
    /// `internal`
    Internal,
    /// `alpha`
    Alpha,
    /// `beta`
    Beta,
    /// `ga`
    Ga,
    /// `withdrawn`
    Withdrawn,
    /// `preview`
    Preview,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateBranchBodyReleaseChannel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Internal => "internal",
            Self::Alpha => "alpha",
            Self::Beta => "beta",
            Self::Ga => "ga",
            Self::Withdrawn => "withdrawn",
            Self::Preview => "preview",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateBranchBodyReleaseChannel {
    fn from(value: &str) -> Self {
        match value {
            "internal" => Self::Internal,
            "alpha" => Self::Alpha,
            "beta" => Self::Beta,
            "ga" => Self::Ga,
            "withdrawn" => Self::Withdrawn,
            "preview" => Self::Preview,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateBranchBodyReleaseChannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateBranchBodyReleaseChannel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateBranchBodyReleaseChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
