//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/paths/~1v1~1projects~1{ref}~1billing~1addons~1{addon_variant}/delete/parameters/1/schema`.

use serde::{Deserialize, Serialize};

/// `RemoveProjectAddonAddonVariant`
///
/// Schema: `#/paths/~1v1~1projects~1{ref}~1billing~1addons~1{addon_variant}/delete/parameters/1/schema`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RemoveProjectAddonAddonVariant {
    /// `ci_micro`
    CiMicro,
    /// `ci_small`
    CiSmall,
    /// `ci_medium`
    CiMedium,
    /// `ci_large`
    CiLarge,
    /// `ci_xlarge`
    CiXlarge,
    /// `ci_2xlarge`
    Ci2xlarge,
    /// `ci_4xlarge`
    Ci4xlarge,
    /// `ci_8xlarge`
    Ci8xlarge,
    /// `ci_12xlarge`
    Ci12xlarge,
    /// `ci_16xlarge`
    Ci16xlarge,
    /// `ci_24xlarge`
    Ci24xlarge,
    /// `ci_24xlarge_optimized_cpu`
    Ci24xlargeOptimizedCpu,
    /// `ci_24xlarge_optimized_memory`
    Ci24xlargeOptimizedMemory,
    /// `ci_24xlarge_high_memory`
    Ci24xlargeHighMemory,
    /// `ci_48xlarge`
    Ci48xlarge,
    /// `ci_48xlarge_optimized_cpu`
    Ci48xlargeOptimizedCpu,
    /// `ci_48xlarge_optimized_memory`
    Ci48xlargeOptimizedMemory,
    /// `ci_48xlarge_high_memory`
    Ci48xlargeHighMemory,
    /// `cd_default`
    CdDefault,
    /// `pitr_7`
    Pitr7,
    /// `pitr_14`
    Pitr14,
    /// `pitr_28`
    Pitr28,
    /// `ipv4_default`
    Ipv4Default,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl RemoveProjectAddonAddonVariant {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CiMicro => "ci_micro",
            Self::CiSmall => "ci_small",
            Self::CiMedium => "ci_medium",
            Self::CiLarge => "ci_large",
            Self::CiXlarge => "ci_xlarge",
            Self::Ci2xlarge => "ci_2xlarge",
            Self::Ci4xlarge => "ci_4xlarge",
            Self::Ci8xlarge => "ci_8xlarge",
            Self::Ci12xlarge => "ci_12xlarge",
            Self::Ci16xlarge => "ci_16xlarge",
            Self::Ci24xlarge => "ci_24xlarge",
            Self::Ci24xlargeOptimizedCpu => "ci_24xlarge_optimized_cpu",
            Self::Ci24xlargeOptimizedMemory => "ci_24xlarge_optimized_memory",
            Self::Ci24xlargeHighMemory => "ci_24xlarge_high_memory",
            Self::Ci48xlarge => "ci_48xlarge",
            Self::Ci48xlargeOptimizedCpu => "ci_48xlarge_optimized_cpu",
            Self::Ci48xlargeOptimizedMemory => "ci_48xlarge_optimized_memory",
            Self::Ci48xlargeHighMemory => "ci_48xlarge_high_memory",
            Self::CdDefault => "cd_default",
            Self::Pitr7 => "pitr_7",
            Self::Pitr14 => "pitr_14",
            Self::Pitr28 => "pitr_28",
            Self::Ipv4Default => "ipv4_default",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RemoveProjectAddonAddonVariant {
    fn from(value: &str) -> Self {
        match value {
            "ci_micro" => Self::CiMicro,
            "ci_small" => Self::CiSmall,
            "ci_medium" => Self::CiMedium,
            "ci_large" => Self::CiLarge,
            "ci_xlarge" => Self::CiXlarge,
            "ci_2xlarge" => Self::Ci2xlarge,
            "ci_4xlarge" => Self::Ci4xlarge,
            "ci_8xlarge" => Self::Ci8xlarge,
            "ci_12xlarge" => Self::Ci12xlarge,
            "ci_16xlarge" => Self::Ci16xlarge,
            "ci_24xlarge" => Self::Ci24xlarge,
            "ci_24xlarge_optimized_cpu" => Self::Ci24xlargeOptimizedCpu,
            "ci_24xlarge_optimized_memory" => Self::Ci24xlargeOptimizedMemory,
            "ci_24xlarge_high_memory" => Self::Ci24xlargeHighMemory,
            "ci_48xlarge" => Self::Ci48xlarge,
            "ci_48xlarge_optimized_cpu" => Self::Ci48xlargeOptimizedCpu,
            "ci_48xlarge_optimized_memory" => Self::Ci48xlargeOptimizedMemory,
            "ci_48xlarge_high_memory" => Self::Ci48xlargeHighMemory,
            "cd_default" => Self::CdDefault,
            "pitr_7" => Self::Pitr7,
            "pitr_14" => Self::Pitr14,
            "pitr_28" => Self::Pitr28,
            "ipv4_default" => Self::Ipv4Default,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for RemoveProjectAddonAddonVariant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RemoveProjectAddonAddonVariant {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RemoveProjectAddonAddonVariant {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
