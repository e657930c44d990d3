//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1CreateProjectBody`.

use serde::{Deserialize, Serialize};

/// `V1CreateProjectBody`
///
/// Schema: `#/components/schemas/V1CreateProjectBody`
#[derive(Clone, PartialEq)]
pub struct V1CreateProjectBody {
    /// Database password
    pub db_pass: String,
    /// Desired instance size. Omit this field to always default to the smallest possible size.
    pub desired_instance_size: Option<V1CreateProjectBodyDesiredInstanceSize>,
    /// This field is deprecated and is ignored in this request
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub kps_enabled: Option<bool>,
    /// Name of your project
    pub name: String,
    /// Deprecated: Use `organization_slug` instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub organization_id: Option<String>,
    /// Organization slug
    pub organization_slug: String,
    /// Subscription Plan is now set on organization level and is ignored in this request
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub plan: Option<V1CreateProjectBodyPlan>,
    /// Region you want your server to reside in. Use region_selection instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub region: Option<V1CreateProjectBodyRegion>,
    /// Region selection. Only one of region or region_selection can be specified.
    pub region_selection: Option<V1CreateProjectBodyRegionSelection>,
    /// Template URL used to create the project from the CLI.
    pub template_url: Option<String>,
}

#[allow(deprecated)]
impl std::fmt::Debug for V1CreateProjectBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("V1CreateProjectBody")
            .field("db_pass", &format_args!("[redacted]"))
            .field("desired_instance_size", &self.desired_instance_size)
            .field("kps_enabled", &self.kps_enabled)
            .field("name", &self.name)
            .field("organization_id", &self.organization_id)
            .field("organization_slug", &self.organization_slug)
            .field("plan", &self.plan)
            .field("region", &self.region)
            .field("region_selection", &self.region_selection)
            .field("template_url", &self.template_url)
            .finish()
    }
}

impl crate::runtime::ToFields for V1CreateProjectBody {
    const NAME: &'static str = "V1CreateProjectBody";
    const ADDITIONAL: bool = false;
    #[allow(deprecated)]
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("db_pass", &self.db_pass)
            .optional("desired_instance_size", &self.desired_instance_size)
            .optional("kps_enabled", &self.kps_enabled)
            .field("name", &self.name)
            .optional("organization_id", &self.organization_id)
            .field("organization_slug", &self.organization_slug)
            .optional("plan", &self.plan)
            .optional("region", &self.region)
            .optional("region_selection", &self.region_selection)
            .optional("template_url", &self.template_url)
    }
}

impl crate::runtime::FromFields for V1CreateProjectBody {
    const EXPECTING: &'static str = "struct V1CreateProjectBody";
    #[allow(deprecated)]
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut db_pass: Option<String> = None;
        let mut desired_instance_size: Option<V1CreateProjectBodyDesiredInstanceSize> = None;
        let mut kps_enabled: Option<bool> = None;
        let mut name: Option<String> = None;
        let mut organization_id: Option<String> = None;
        let mut organization_slug: Option<String> = None;
        let mut plan: Option<V1CreateProjectBodyPlan> = None;
        let mut region: Option<V1CreateProjectBodyRegion> = None;
        let mut region_selection: Option<V1CreateProjectBodyRegionSelection> = None;
        let mut template_url: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "db_pass" => __map.fill(&mut db_pass),
                "desired_instance_size" => __map.set(&mut desired_instance_size),
                "kps_enabled" => __map.set(&mut kps_enabled),
                "name" => __map.fill(&mut name),
                "organization_id" => __map.set(&mut organization_id),
                "organization_slug" => __map.fill(&mut organization_slug),
                "plan" => __map.set(&mut plan),
                "region" => __map.set(&mut region),
                "region_selection" => __map.set(&mut region_selection),
                "template_url" => __map.set(&mut template_url),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1CreateProjectBody {
            db_pass: crate::runtime::required(db_pass, "db_pass")?,
            desired_instance_size,
            kps_enabled,
            name: crate::runtime::required(name, "name")?,
            organization_id,
            organization_slug: crate::runtime::required(
                organization_slug,
                "organization_slug",
            )?,
            plan,
            region,
            region_selection,
            template_url,
        })
    }
}
crate::runtime::object_serde!(V1CreateProjectBody);

impl V1CreateProjectBody {
    /// A value with the required fields (`db_pass`, `name`, `organization_slug`) set and every optional field absent.
    #[allow(deprecated)]
    pub fn new(
        db_pass: impl Into<String>,
        name: impl Into<String>,
        organization_slug: impl Into<String>,
    ) -> Self {
        Self {
            db_pass: db_pass.into(),
            desired_instance_size: None,
            kps_enabled: None,
            name: name.into(),
            organization_id: None,
            organization_slug: organization_slug.into(),
            plan: None,
            region: None,
            region_selection: None,
            template_url: None,
        }
    }
}

/// Desired instance size. Omit this field to always default to the smallest possible size.
///
/// Schema: `#/components/schemas/V1CreateProjectBody/properties/desired_instance_size`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1CreateProjectBodyDesiredInstanceSize {
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

impl V1CreateProjectBodyDesiredInstanceSize {
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

impl From<&str> for V1CreateProjectBodyDesiredInstanceSize {
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

impl std::fmt::Display for V1CreateProjectBodyDesiredInstanceSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1CreateProjectBodyDesiredInstanceSize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1CreateProjectBodyDesiredInstanceSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Subscription Plan is now set on organization level and is ignored in this request
///
/// **Deprecated** in the API.
///
/// Schema: `#/components/schemas/V1CreateProjectBody/properties/plan`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1CreateProjectBodyPlan {
    /// `free`
    Free,
    /// `pro`
    Pro,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1CreateProjectBodyPlan {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Free => "free",
            Self::Pro => "pro",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1CreateProjectBodyPlan {
    fn from(value: &str) -> Self {
        match value {
            "free" => Self::Free,
            "pro" => Self::Pro,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1CreateProjectBodyPlan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1CreateProjectBodyPlan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1CreateProjectBodyPlan {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Region you want your server to reside in. Use region_selection instead.
///
/// **Deprecated** in the API.
///
/// Schema: `#/components/schemas/V1CreateProjectBody/properties/region`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1CreateProjectBodyRegion {
    /// `us-east-1`
    UsEast1,
    /// `us-east-2`
    UsEast2,
    /// `us-west-1`
    UsWest1,
    /// `us-west-2`
    UsWest2,
    /// `ap-east-1`
    ApEast1,
    /// `ap-southeast-1`
    ApSoutheast1,
    /// `ap-northeast-1`
    ApNortheast1,
    /// `ap-northeast-2`
    ApNortheast2,
    /// `ap-southeast-2`
    ApSoutheast2,
    /// `eu-west-1`
    EuWest1,
    /// `eu-west-2`
    EuWest2,
    /// `eu-west-3`
    EuWest3,
    /// `eu-north-1`
    EuNorth1,
    /// `eu-central-1`
    EuCentral1,
    /// `eu-central-2`
    EuCentral2,
    /// `ca-central-1`
    CaCentral1,
    /// `ap-south-1`
    ApSouth1,
    /// `sa-east-1`
    SaEast1,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1CreateProjectBodyRegion {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UsEast1 => "us-east-1",
            Self::UsEast2 => "us-east-2",
            Self::UsWest1 => "us-west-1",
            Self::UsWest2 => "us-west-2",
            Self::ApEast1 => "ap-east-1",
            Self::ApSoutheast1 => "ap-southeast-1",
            Self::ApNortheast1 => "ap-northeast-1",
            Self::ApNortheast2 => "ap-northeast-2",
            Self::ApSoutheast2 => "ap-southeast-2",
            Self::EuWest1 => "eu-west-1",
            Self::EuWest2 => "eu-west-2",
            Self::EuWest3 => "eu-west-3",
            Self::EuNorth1 => "eu-north-1",
            Self::EuCentral1 => "eu-central-1",
            Self::EuCentral2 => "eu-central-2",
            Self::CaCentral1 => "ca-central-1",
            Self::ApSouth1 => "ap-south-1",
            Self::SaEast1 => "sa-east-1",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1CreateProjectBodyRegion {
    fn from(value: &str) -> Self {
        match value {
            "us-east-1" => Self::UsEast1,
            "us-east-2" => Self::UsEast2,
            "us-west-1" => Self::UsWest1,
            "us-west-2" => Self::UsWest2,
            "ap-east-1" => Self::ApEast1,
            "ap-southeast-1" => Self::ApSoutheast1,
            "ap-northeast-1" => Self::ApNortheast1,
            "ap-northeast-2" => Self::ApNortheast2,
            "ap-southeast-2" => Self::ApSoutheast2,
            "eu-west-1" => Self::EuWest1,
            "eu-west-2" => Self::EuWest2,
            "eu-west-3" => Self::EuWest3,
            "eu-north-1" => Self::EuNorth1,
            "eu-central-1" => Self::EuCentral1,
            "eu-central-2" => Self::EuCentral2,
            "ca-central-1" => Self::CaCentral1,
            "ap-south-1" => Self::ApSouth1,
            "sa-east-1" => Self::SaEast1,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1CreateProjectBodyRegion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1CreateProjectBodyRegion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1CreateProjectBodyRegion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Region selection. Only one of region or region_selection can be specified.
///
/// Schema: `#/components/schemas/V1CreateProjectBody/properties/region_selection`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum V1CreateProjectBodyRegionSelection {
    /// `specific`
    #[serde(rename = "specific")]
    Specific {
        /// Specific region code. The codes supported are not a stable API, and should be retrieved from the /available-regions endpoint.
        code: V1CreateProjectBodyRegionSelectionSpecificCode,
    },
    /// `smartGroup`
    #[serde(rename = "smartGroup")]
    SmartGroup {
        /// The Smart Region Group's code. The codes supported are not a stable API, and should be retrieved from the /available-regions endpoint.
        code: V1CreateProjectBodyRegionSelectionSmartGroupCode,
    },
}

/// The Smart Region Group's code. The codes supported are not a stable API, and should be retrieved from the /available-regions endpoint.
///
/// Schema: `#/components/schemas/V1CreateProjectBody/properties/region_selection/oneOf/1/properties/code`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1CreateProjectBodyRegionSelectionSmartGroupCode {
    /// `americas`
    Americas,
    /// `emea`
    Emea,
    /// `apac`
    Apac,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1CreateProjectBodyRegionSelectionSmartGroupCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Americas => "americas",
            Self::Emea => "emea",
            Self::Apac => "apac",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1CreateProjectBodyRegionSelectionSmartGroupCode {
    fn from(value: &str) -> Self {
        match value {
            "americas" => Self::Americas,
            "emea" => Self::Emea,
            "apac" => Self::Apac,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1CreateProjectBodyRegionSelectionSmartGroupCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1CreateProjectBodyRegionSelectionSmartGroupCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1CreateProjectBodyRegionSelectionSmartGroupCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// Specific region code. The codes supported are not a stable API, and should be retrieved from the /available-regions endpoint.
///
/// Schema: `#/components/schemas/V1CreateProjectBody/properties/region_selection/oneOf/0/properties/code`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1CreateProjectBodyRegionSelectionSpecificCode {
    /// `us-east-1`
    UsEast1,
    /// `us-east-2`
    UsEast2,
    /// `us-west-1`
    UsWest1,
    /// `us-west-2`
    UsWest2,
    /// `ap-east-1`
    ApEast1,
    /// `ap-southeast-1`
    ApSoutheast1,
    /// `ap-northeast-1`
    ApNortheast1,
    /// `ap-northeast-2`
    ApNortheast2,
    /// `ap-southeast-2`
    ApSoutheast2,
    /// `eu-west-1`
    EuWest1,
    /// `eu-west-2`
    EuWest2,
    /// `eu-west-3`
    EuWest3,
    /// `eu-north-1`
    EuNorth1,
    /// `eu-central-1`
    EuCentral1,
    /// `eu-central-2`
    EuCentral2,
    /// `ca-central-1`
    CaCentral1,
    /// `ap-south-1`
    ApSouth1,
    /// `sa-east-1`
    SaEast1,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1CreateProjectBodyRegionSelectionSpecificCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UsEast1 => "us-east-1",
            Self::UsEast2 => "us-east-2",
            Self::UsWest1 => "us-west-1",
            Self::UsWest2 => "us-west-2",
            Self::ApEast1 => "ap-east-1",
            Self::ApSoutheast1 => "ap-southeast-1",
            Self::ApNortheast1 => "ap-northeast-1",
            Self::ApNortheast2 => "ap-northeast-2",
            Self::ApSoutheast2 => "ap-southeast-2",
            Self::EuWest1 => "eu-west-1",
            Self::EuWest2 => "eu-west-2",
            Self::EuWest3 => "eu-west-3",
            Self::EuNorth1 => "eu-north-1",
            Self::EuCentral1 => "eu-central-1",
            Self::EuCentral2 => "eu-central-2",
            Self::CaCentral1 => "ca-central-1",
            Self::ApSouth1 => "ap-south-1",
            Self::SaEast1 => "sa-east-1",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1CreateProjectBodyRegionSelectionSpecificCode {
    fn from(value: &str) -> Self {
        match value {
            "us-east-1" => Self::UsEast1,
            "us-east-2" => Self::UsEast2,
            "us-west-1" => Self::UsWest1,
            "us-west-2" => Self::UsWest2,
            "ap-east-1" => Self::ApEast1,
            "ap-southeast-1" => Self::ApSoutheast1,
            "ap-northeast-1" => Self::ApNortheast1,
            "ap-northeast-2" => Self::ApNortheast2,
            "ap-southeast-2" => Self::ApSoutheast2,
            "eu-west-1" => Self::EuWest1,
            "eu-west-2" => Self::EuWest2,
            "eu-west-3" => Self::EuWest3,
            "eu-north-1" => Self::EuNorth1,
            "eu-central-1" => Self::EuCentral1,
            "eu-central-2" => Self::EuCentral2,
            "ca-central-1" => Self::CaCentral1,
            "ap-south-1" => Self::ApSouth1,
            "sa-east-1" => Self::SaEast1,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1CreateProjectBodyRegionSelectionSpecificCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1CreateProjectBodyRegionSelectionSpecificCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1CreateProjectBodyRegionSelectionSpecificCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
