//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/RegionsInfo`.

use serde::{Deserialize, Serialize};

/// `RegionsInfo`
///
/// Schema: `#/components/schemas/RegionsInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct RegionsInfo {
    /// `all`
    pub all: RegionsInfoAll,
    /// `recommendations`
    pub recommendations: RegionsInfoRecommendations,
}

impl crate::runtime::ToFields for RegionsInfo {
    const NAME: &'static str = "RegionsInfo";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("all", &self.all).field("recommendations", &self.recommendations)
    }
}

impl crate::runtime::FromFields for RegionsInfo {
    const EXPECTING: &'static str = "struct RegionsInfo";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut all: Option<RegionsInfoAll> = None;
        let mut recommendations: Option<RegionsInfoRecommendations> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "all" => __map.fill(&mut all),
                "recommendations" => __map.fill(&mut recommendations),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(RegionsInfo {
            all: crate::runtime::required(all, "all")?,
            recommendations: crate::runtime::required(
                recommendations,
                "recommendations",
            )?,
        })
    }
}
crate::runtime::object_serde!(RegionsInfo);

/// `RegionsInfoAll`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/all`
#[derive(Debug, Clone, PartialEq)]
pub struct RegionsInfoAll {
    /// `smartGroup`
    pub smart_group: Vec<RegionsInfoAllSmartGroupItem>,
    /// `specific`
    pub specific: Vec<RegionsInfoAllSpecificItem>,
}

impl crate::runtime::ToFields for RegionsInfoAll {
    const NAME: &'static str = "RegionsInfoAll";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("smartGroup", &self.smart_group).field("specific", &self.specific)
    }
}

impl crate::runtime::FromFields for RegionsInfoAll {
    const EXPECTING: &'static str = "struct RegionsInfoAll";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut smart_group: Option<Vec<RegionsInfoAllSmartGroupItem>> = None;
        let mut specific: Option<Vec<RegionsInfoAllSpecificItem>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "smartGroup" => __map.fill(&mut smart_group),
                "specific" => __map.fill(&mut specific),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(RegionsInfoAll {
            smart_group: crate::runtime::required(smart_group, "smartGroup")?,
            specific: crate::runtime::required(specific, "specific")?,
        })
    }
}
crate::runtime::object_serde!(RegionsInfoAll);

/// `RegionsInfoAllSmartGroupItem`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/all/properties/smartGroup/items`
#[derive(Debug, Clone, PartialEq)]
pub struct RegionsInfoAllSmartGroupItem {
    /// `code`
    pub code: RegionsInfoAllSmartGroupItemCode,
    /// `name`
    pub name: String,
    /// `type`
    pub type_: RegionsInfoAllSmartGroupItemType,
}

impl crate::runtime::ToFields for RegionsInfoAllSmartGroupItem {
    const NAME: &'static str = "RegionsInfoAllSmartGroupItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("code", &self.code)
            .field("name", &self.name)
            .field("type", &self.type_)
    }
}

impl crate::runtime::FromFields for RegionsInfoAllSmartGroupItem {
    const EXPECTING: &'static str = "struct RegionsInfoAllSmartGroupItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut code: Option<RegionsInfoAllSmartGroupItemCode> = None;
        let mut name: Option<String> = None;
        let mut type_: Option<RegionsInfoAllSmartGroupItemType> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "code" => __map.fill(&mut code),
                "name" => __map.fill(&mut name),
                "type" => __map.fill(&mut type_),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(RegionsInfoAllSmartGroupItem {
            code: crate::runtime::required(code, "code")?,
            name: crate::runtime::required(name, "name")?,
            type_: crate::runtime::required(type_, "type")?,
        })
    }
}
crate::runtime::object_serde!(RegionsInfoAllSmartGroupItem);

/// `RegionsInfoAllSmartGroupItemCode`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/all/properties/smartGroup/items/properties/code`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RegionsInfoAllSmartGroupItemCode {
    /// `americas`
    Americas,
    /// `emea`
    Emea,
    /// `apac`
    Apac,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl RegionsInfoAllSmartGroupItemCode {
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

impl From<&str> for RegionsInfoAllSmartGroupItemCode {
    fn from(value: &str) -> Self {
        match value {
            "americas" => Self::Americas,
            "emea" => Self::Emea,
            "apac" => Self::Apac,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for RegionsInfoAllSmartGroupItemCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RegionsInfoAllSmartGroupItemCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RegionsInfoAllSmartGroupItemCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `RegionsInfoAllSmartGroupItemType`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/all/properties/smartGroup/items/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RegionsInfoAllSmartGroupItemType {
    /// `smartGroup`
    SmartGroup,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl RegionsInfoAllSmartGroupItemType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SmartGroup => "smartGroup",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RegionsInfoAllSmartGroupItemType {
    fn from(value: &str) -> Self {
        match value {
            "smartGroup" => Self::SmartGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for RegionsInfoAllSmartGroupItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RegionsInfoAllSmartGroupItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RegionsInfoAllSmartGroupItemType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `RegionsInfoAllSpecificItem`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/all/properties/specific/items`
#[derive(Debug, Clone, PartialEq)]
pub struct RegionsInfoAllSpecificItem {
    /// `code`
    pub code: RegionsInfoAllSpecificItemCode,
    /// `name`
    pub name: String,
    /// `provider`
    pub provider: RegionsInfoAllSpecificItemProvider,
    /// `status`
    pub status: Option<RegionsInfoAllSpecificItemStatus>,
    /// `type`
    pub type_: RegionsInfoAllSpecificItemType,
}

impl crate::runtime::ToFields for RegionsInfoAllSpecificItem {
    const NAME: &'static str = "RegionsInfoAllSpecificItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("code", &self.code)
            .field("name", &self.name)
            .field("provider", &self.provider)
            .optional("status", &self.status)
            .field("type", &self.type_)
    }
}

impl crate::runtime::FromFields for RegionsInfoAllSpecificItem {
    const EXPECTING: &'static str = "struct RegionsInfoAllSpecificItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut code: Option<RegionsInfoAllSpecificItemCode> = None;
        let mut name: Option<String> = None;
        let mut provider: Option<RegionsInfoAllSpecificItemProvider> = None;
        let mut status: Option<RegionsInfoAllSpecificItemStatus> = None;
        let mut type_: Option<RegionsInfoAllSpecificItemType> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "code" => __map.fill(&mut code),
                "name" => __map.fill(&mut name),
                "provider" => __map.fill(&mut provider),
                "status" => __map.set(&mut status),
                "type" => __map.fill(&mut type_),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(RegionsInfoAllSpecificItem {
            code: crate::runtime::required(code, "code")?,
            name: crate::runtime::required(name, "name")?,
            provider: crate::runtime::required(provider, "provider")?,
            status,
            type_: crate::runtime::required(type_, "type")?,
        })
    }
}
crate::runtime::object_serde!(RegionsInfoAllSpecificItem);

/// `RegionsInfoAllSpecificItemCode`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/all/properties/specific/items/properties/code`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RegionsInfoAllSpecificItemCode {
    /// `us-east-1`
    UsEast1,
    /// `us-east-2`
    UsEast2,
    /// `us-west-1`
    UsWest1,
    /// `us-west-2`
    UsWest2,
    /// `ap-southeast-1`
    ApSoutheast1,
    /// `ap-northeast-1`
    ApNortheast1,
    /// `ap-northeast-2`
    ApNortheast2,
    /// `ap-east-1`
    ApEast1,
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

impl RegionsInfoAllSpecificItemCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UsEast1 => "us-east-1",
            Self::UsEast2 => "us-east-2",
            Self::UsWest1 => "us-west-1",
            Self::UsWest2 => "us-west-2",
            Self::ApSoutheast1 => "ap-southeast-1",
            Self::ApNortheast1 => "ap-northeast-1",
            Self::ApNortheast2 => "ap-northeast-2",
            Self::ApEast1 => "ap-east-1",
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

impl From<&str> for RegionsInfoAllSpecificItemCode {
    fn from(value: &str) -> Self {
        match value {
            "us-east-1" => Self::UsEast1,
            "us-east-2" => Self::UsEast2,
            "us-west-1" => Self::UsWest1,
            "us-west-2" => Self::UsWest2,
            "ap-southeast-1" => Self::ApSoutheast1,
            "ap-northeast-1" => Self::ApNortheast1,
            "ap-northeast-2" => Self::ApNortheast2,
            "ap-east-1" => Self::ApEast1,
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

impl std::fmt::Display for RegionsInfoAllSpecificItemCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RegionsInfoAllSpecificItemCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RegionsInfoAllSpecificItemCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `RegionsInfoAllSpecificItemProvider`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/all/properties/specific/items/properties/provider`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RegionsInfoAllSpecificItemProvider {
    /// `AWS`
    Aws,
    /// `FLY`
    Fly,
    /// `AWS_K8S`
    AwsK8s,
    /// `AWS_NIMBUS`
    AwsNimbus,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl RegionsInfoAllSpecificItemProvider {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aws => "AWS",
            Self::Fly => "FLY",
            Self::AwsK8s => "AWS_K8S",
            Self::AwsNimbus => "AWS_NIMBUS",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RegionsInfoAllSpecificItemProvider {
    fn from(value: &str) -> Self {
        match value {
            "AWS" => Self::Aws,
            "FLY" => Self::Fly,
            "AWS_K8S" => Self::AwsK8s,
            "AWS_NIMBUS" => Self::AwsNimbus,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for RegionsInfoAllSpecificItemProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RegionsInfoAllSpecificItemProvider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RegionsInfoAllSpecificItemProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `RegionsInfoAllSpecificItemStatus`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/all/properties/specific/items/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RegionsInfoAllSpecificItemStatus {
    /// `capacity`
    Capacity,
    /// `other`
    Other,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl RegionsInfoAllSpecificItemStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Capacity => "capacity",
            Self::Other => "other",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RegionsInfoAllSpecificItemStatus {
    fn from(value: &str) -> Self {
        match value {
            "capacity" => Self::Capacity,
            "other" => Self::Other,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for RegionsInfoAllSpecificItemStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RegionsInfoAllSpecificItemStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RegionsInfoAllSpecificItemStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `RegionsInfoAllSpecificItemType`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/all/properties/specific/items/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RegionsInfoAllSpecificItemType {
    /// `specific`
    Specific,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl RegionsInfoAllSpecificItemType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Specific => "specific",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RegionsInfoAllSpecificItemType {
    fn from(value: &str) -> Self {
        match value {
            "specific" => Self::Specific,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for RegionsInfoAllSpecificItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RegionsInfoAllSpecificItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RegionsInfoAllSpecificItemType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `RegionsInfoRecommendations`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/recommendations`
#[derive(Debug, Clone, PartialEq)]
pub struct RegionsInfoRecommendations {
    /// `smartGroup`
    pub smart_group: RegionsInfoRecommendationsSmartGroup,
    /// `specific`
    pub specific: Vec<RegionsInfoRecommendationsSpecificItem>,
}

impl crate::runtime::ToFields for RegionsInfoRecommendations {
    const NAME: &'static str = "RegionsInfoRecommendations";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("smartGroup", &self.smart_group).field("specific", &self.specific)
    }
}

impl crate::runtime::FromFields for RegionsInfoRecommendations {
    const EXPECTING: &'static str = "struct RegionsInfoRecommendations";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut smart_group: Option<RegionsInfoRecommendationsSmartGroup> = None;
        let mut specific: Option<Vec<RegionsInfoRecommendationsSpecificItem>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "smartGroup" => __map.fill(&mut smart_group),
                "specific" => __map.fill(&mut specific),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(RegionsInfoRecommendations {
            smart_group: crate::runtime::required(smart_group, "smartGroup")?,
            specific: crate::runtime::required(specific, "specific")?,
        })
    }
}
crate::runtime::object_serde!(RegionsInfoRecommendations);

/// `RegionsInfoRecommendationsSmartGroup`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/recommendations/properties/smartGroup`
#[derive(Debug, Clone, PartialEq)]
pub struct RegionsInfoRecommendationsSmartGroup {
    /// `code`
    pub code: RegionsInfoRecommendationsSmartGroupCode,
    /// `name`
    pub name: String,
    /// `type`
    pub type_: RegionsInfoRecommendationsSmartGroupType,
}

impl crate::runtime::ToFields for RegionsInfoRecommendationsSmartGroup {
    const NAME: &'static str = "RegionsInfoRecommendationsSmartGroup";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("code", &self.code)
            .field("name", &self.name)
            .field("type", &self.type_)
    }
}

impl crate::runtime::FromFields for RegionsInfoRecommendationsSmartGroup {
    const EXPECTING: &'static str = "struct RegionsInfoRecommendationsSmartGroup";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut code: Option<RegionsInfoRecommendationsSmartGroupCode> = None;
        let mut name: Option<String> = None;
        let mut type_: Option<RegionsInfoRecommendationsSmartGroupType> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "code" => __map.fill(&mut code),
                "name" => __map.fill(&mut name),
                "type" => __map.fill(&mut type_),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(RegionsInfoRecommendationsSmartGroup {
            code: crate::runtime::required(code, "code")?,
            name: crate::runtime::required(name, "name")?,
            type_: crate::runtime::required(type_, "type")?,
        })
    }
}
crate::runtime::object_serde!(RegionsInfoRecommendationsSmartGroup);

/// `RegionsInfoRecommendationsSmartGroupCode`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/recommendations/properties/smartGroup/properties/code`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RegionsInfoRecommendationsSmartGroupCode {
    /// `americas`
    Americas,
    /// `emea`
    Emea,
    /// `apac`
    Apac,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl RegionsInfoRecommendationsSmartGroupCode {
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

impl From<&str> for RegionsInfoRecommendationsSmartGroupCode {
    fn from(value: &str) -> Self {
        match value {
            "americas" => Self::Americas,
            "emea" => Self::Emea,
            "apac" => Self::Apac,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for RegionsInfoRecommendationsSmartGroupCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RegionsInfoRecommendationsSmartGroupCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RegionsInfoRecommendationsSmartGroupCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `RegionsInfoRecommendationsSmartGroupType`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/recommendations/properties/smartGroup/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RegionsInfoRecommendationsSmartGroupType {
    /// `smartGroup`
    SmartGroup,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl RegionsInfoRecommendationsSmartGroupType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SmartGroup => "smartGroup",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RegionsInfoRecommendationsSmartGroupType {
    fn from(value: &str) -> Self {
        match value {
            "smartGroup" => Self::SmartGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for RegionsInfoRecommendationsSmartGroupType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RegionsInfoRecommendationsSmartGroupType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RegionsInfoRecommendationsSmartGroupType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `RegionsInfoRecommendationsSpecificItem`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/recommendations/properties/specific/items`
#[derive(Debug, Clone, PartialEq)]
pub struct RegionsInfoRecommendationsSpecificItem {
    /// `code`
    pub code: RegionsInfoRecommendationsSpecificItemCode,
    /// `name`
    pub name: String,
    /// `provider`
    pub provider: RegionsInfoRecommendationsSpecificItemProvider,
    /// `status`
    pub status: Option<RegionsInfoRecommendationsSpecificItemStatus>,
    /// `type`
    pub type_: RegionsInfoRecommendationsSpecificItemType,
}

impl crate::runtime::ToFields for RegionsInfoRecommendationsSpecificItem {
    const NAME: &'static str = "RegionsInfoRecommendationsSpecificItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("code", &self.code)
            .field("name", &self.name)
            .field("provider", &self.provider)
            .optional("status", &self.status)
            .field("type", &self.type_)
    }
}

impl crate::runtime::FromFields for RegionsInfoRecommendationsSpecificItem {
    const EXPECTING: &'static str = "struct RegionsInfoRecommendationsSpecificItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut code: Option<RegionsInfoRecommendationsSpecificItemCode> = None;
        let mut name: Option<String> = None;
        let mut provider: Option<RegionsInfoRecommendationsSpecificItemProvider> = None;
        let mut status: Option<RegionsInfoRecommendationsSpecificItemStatus> = None;
        let mut type_: Option<RegionsInfoRecommendationsSpecificItemType> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "code" => __map.fill(&mut code),
                "name" => __map.fill(&mut name),
                "provider" => __map.fill(&mut provider),
                "status" => __map.set(&mut status),
                "type" => __map.fill(&mut type_),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(RegionsInfoRecommendationsSpecificItem {
            code: crate::runtime::required(code, "code")?,
            name: crate::runtime::required(name, "name")?,
            provider: crate::runtime::required(provider, "provider")?,
            status,
            type_: crate::runtime::required(type_, "type")?,
        })
    }
}
crate::runtime::object_serde!(RegionsInfoRecommendationsSpecificItem);

/// `RegionsInfoRecommendationsSpecificItemCode`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/recommendations/properties/specific/items/properties/code`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RegionsInfoRecommendationsSpecificItemCode {
    /// `us-east-1`
    UsEast1,
    /// `us-east-2`
    UsEast2,
    /// `us-west-1`
    UsWest1,
    /// `us-west-2`
    UsWest2,
    /// `ap-southeast-1`
    ApSoutheast1,
    /// `ap-northeast-1`
    ApNortheast1,
    /// `ap-northeast-2`
    ApNortheast2,
    /// `ap-east-1`
    ApEast1,
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

impl RegionsInfoRecommendationsSpecificItemCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UsEast1 => "us-east-1",
            Self::UsEast2 => "us-east-2",
            Self::UsWest1 => "us-west-1",
            Self::UsWest2 => "us-west-2",
            Self::ApSoutheast1 => "ap-southeast-1",
            Self::ApNortheast1 => "ap-northeast-1",
            Self::ApNortheast2 => "ap-northeast-2",
            Self::ApEast1 => "ap-east-1",
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

impl From<&str> for RegionsInfoRecommendationsSpecificItemCode {
    fn from(value: &str) -> Self {
        match value {
            "us-east-1" => Self::UsEast1,
            "us-east-2" => Self::UsEast2,
            "us-west-1" => Self::UsWest1,
            "us-west-2" => Self::UsWest2,
            "ap-southeast-1" => Self::ApSoutheast1,
            "ap-northeast-1" => Self::ApNortheast1,
            "ap-northeast-2" => Self::ApNortheast2,
            "ap-east-1" => Self::ApEast1,
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

impl std::fmt::Display for RegionsInfoRecommendationsSpecificItemCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RegionsInfoRecommendationsSpecificItemCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RegionsInfoRecommendationsSpecificItemCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `RegionsInfoRecommendationsSpecificItemProvider`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/recommendations/properties/specific/items/properties/provider`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RegionsInfoRecommendationsSpecificItemProvider {
    /// `AWS`
    Aws,
    /// `FLY`
    Fly,
    /// `AWS_K8S`
    AwsK8s,
    /// `AWS_NIMBUS`
    AwsNimbus,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl RegionsInfoRecommendationsSpecificItemProvider {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aws => "AWS",
            Self::Fly => "FLY",
            Self::AwsK8s => "AWS_K8S",
            Self::AwsNimbus => "AWS_NIMBUS",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RegionsInfoRecommendationsSpecificItemProvider {
    fn from(value: &str) -> Self {
        match value {
            "AWS" => Self::Aws,
            "FLY" => Self::Fly,
            "AWS_K8S" => Self::AwsK8s,
            "AWS_NIMBUS" => Self::AwsNimbus,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for RegionsInfoRecommendationsSpecificItemProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RegionsInfoRecommendationsSpecificItemProvider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RegionsInfoRecommendationsSpecificItemProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `RegionsInfoRecommendationsSpecificItemStatus`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/recommendations/properties/specific/items/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RegionsInfoRecommendationsSpecificItemStatus {
    /// `capacity`
    Capacity,
    /// `other`
    Other,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl RegionsInfoRecommendationsSpecificItemStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Capacity => "capacity",
            Self::Other => "other",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RegionsInfoRecommendationsSpecificItemStatus {
    fn from(value: &str) -> Self {
        match value {
            "capacity" => Self::Capacity,
            "other" => Self::Other,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for RegionsInfoRecommendationsSpecificItemStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RegionsInfoRecommendationsSpecificItemStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RegionsInfoRecommendationsSpecificItemStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `RegionsInfoRecommendationsSpecificItemType`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/recommendations/properties/specific/items/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RegionsInfoRecommendationsSpecificItemType {
    /// `specific`
    Specific,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl RegionsInfoRecommendationsSpecificItemType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Specific => "specific",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RegionsInfoRecommendationsSpecificItemType {
    fn from(value: &str) -> Self {
        match value {
            "specific" => Self::Specific,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for RegionsInfoRecommendationsSpecificItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RegionsInfoRecommendationsSpecificItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RegionsInfoRecommendationsSpecificItemType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
