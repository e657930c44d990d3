//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ApplyProjectAddonBody`.

use serde::{Deserialize, Serialize};

/// `ApplyProjectAddonBody`
///
/// Schema: `#/components/schemas/ApplyProjectAddonBody`
#[derive(Debug, Clone, PartialEq)]
pub struct ApplyProjectAddonBody {
    /// `addon_type`
    pub addon_type: ApplyProjectAddonBodyAddonType,
    /// `addon_variant`
    pub addon_variant: ApplyProjectAddonBodyAddonVariant,
}

impl crate::runtime::ToFields for ApplyProjectAddonBody {
    const NAME: &'static str = "ApplyProjectAddonBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("addon_type", &self.addon_type)
            .field("addon_variant", &self.addon_variant)
    }
}

impl crate::runtime::FromFields for ApplyProjectAddonBody {
    const EXPECTING: &'static str = "struct ApplyProjectAddonBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut addon_type: Option<ApplyProjectAddonBodyAddonType> = None;
        let mut addon_variant: Option<ApplyProjectAddonBodyAddonVariant> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "addon_type" => __map.fill(&mut addon_type),
                "addon_variant" => __map.fill(&mut addon_variant),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ApplyProjectAddonBody {
            addon_type: crate::runtime::required(addon_type, "addon_type")?,
            addon_variant: crate::runtime::required(addon_variant, "addon_variant")?,
        })
    }
}
crate::runtime::object_serde!(ApplyProjectAddonBody);

impl ApplyProjectAddonBody {
    /// A value with the required fields (`addon_type`, `addon_variant`) set and every optional field absent.
    pub fn new(
        addon_type: ApplyProjectAddonBodyAddonType,
        addon_variant: ApplyProjectAddonBodyAddonVariant,
    ) -> Self {
        Self { addon_type, addon_variant }
    }
}

/// `ApplyProjectAddonBodyAddonType`
///
/// Schema: `#/components/schemas/ApplyProjectAddonBody/properties/addon_type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApplyProjectAddonBodyAddonType {
    /// `custom_domain`
    CustomDomain,
    /// `compute_instance`
    ComputeInstance,
    /// `pitr`
    Pitr,
    /// `ipv4`
    Ipv4,
    /// `auth_mfa_phone`
    AuthMfaPhone,
    /// `auth_mfa_web_authn`
    AuthMfaWebAuthn,
    /// `log_drain`
    LogDrain,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ApplyProjectAddonBodyAddonType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomDomain => "custom_domain",
            Self::ComputeInstance => "compute_instance",
            Self::Pitr => "pitr",
            Self::Ipv4 => "ipv4",
            Self::AuthMfaPhone => "auth_mfa_phone",
            Self::AuthMfaWebAuthn => "auth_mfa_web_authn",
            Self::LogDrain => "log_drain",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApplyProjectAddonBodyAddonType {
    fn from(value: &str) -> Self {
        match value {
            "custom_domain" => Self::CustomDomain,
            "compute_instance" => Self::ComputeInstance,
            "pitr" => Self::Pitr,
            "ipv4" => Self::Ipv4,
            "auth_mfa_phone" => Self::AuthMfaPhone,
            "auth_mfa_web_authn" => Self::AuthMfaWebAuthn,
            "log_drain" => Self::LogDrain,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for ApplyProjectAddonBodyAddonType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ApplyProjectAddonBodyAddonType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ApplyProjectAddonBodyAddonType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `ApplyProjectAddonBodyAddonVariant`
///
/// Schema: `#/components/schemas/ApplyProjectAddonBody/properties/addon_variant`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApplyProjectAddonBodyAddonVariant {
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

impl ApplyProjectAddonBodyAddonVariant {
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

impl From<&str> for ApplyProjectAddonBodyAddonVariant {
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

impl std::fmt::Display for ApplyProjectAddonBodyAddonVariant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ApplyProjectAddonBodyAddonVariant {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ApplyProjectAddonBodyAddonVariant {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
