//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/RegionsInfo`.

use serde::{Deserialize, Serialize};

/// `RegionsInfo`
///
/// Schema: `#/components/schemas/RegionsInfo`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionsInfo {
    /// `all`
    pub all: RegionsInfoAll,
    /// `recommendations`
    pub recommendations: RegionsInfoRecommendations,
}

impl<'de> Deserialize<'de> for RegionsInfo {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for RegionsInfo {
    const EXPECTING: &'static str = "struct RegionsInfo";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<RegionsInfoAll> = None;
        let mut field_1: Option<RegionsInfoRecommendations> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "all" => map.fill(&mut field_0),
                "recommendations" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(RegionsInfo {
            all: crate::runtime::required(field_0, "all")?,
            recommendations: crate::runtime::required(field_1, "recommendations")?,
        })
    }
}

/// `RegionsInfoAll`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/all`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionsInfoAll {
    /// `smartGroup`
    #[serde(rename = "smartGroup")]
    pub smart_group: Vec<RegionsInfoAllSmartGroupItem>,
    /// `specific`
    pub specific: Vec<RegionsInfoAllSpecificItem>,
}

impl<'de> Deserialize<'de> for RegionsInfoAll {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for RegionsInfoAll {
    const EXPECTING: &'static str = "struct RegionsInfoAll";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Vec<RegionsInfoAllSmartGroupItem>> = None;
        let mut field_1: Option<Vec<RegionsInfoAllSpecificItem>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "smartGroup" => map.fill(&mut field_0),
                "specific" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(RegionsInfoAll {
            smart_group: crate::runtime::required(field_0, "smartGroup")?,
            specific: crate::runtime::required(field_1, "specific")?,
        })
    }
}

/// `RegionsInfoAllSmartGroupItem`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/all/properties/smartGroup/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionsInfoAllSmartGroupItem {
    /// `code`
    pub code: RegionsInfoAllSmartGroupItemCode,
    /// `name`
    pub name: String,
    /// `type`
    pub r#type: RegionsInfoAllSmartGroupItemType,
}

impl<'de> Deserialize<'de> for RegionsInfoAllSmartGroupItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for RegionsInfoAllSmartGroupItem {
    const EXPECTING: &'static str = "struct RegionsInfoAllSmartGroupItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<RegionsInfoAllSmartGroupItemCode> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<RegionsInfoAllSmartGroupItemType> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "code" => map.fill(&mut field_0),
                "name" => map.fill(&mut field_1),
                "type" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(RegionsInfoAllSmartGroupItem {
            code: crate::runtime::required(field_0, "code")?,
            name: crate::runtime::required(field_1, "name")?,
            r#type: crate::runtime::required(field_2, "type")?,
        })
    }
}

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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionsInfoAllSpecificItem {
    /// `code`
    pub code: RegionsInfoAllSpecificItemCode,
    /// `name`
    pub name: String,
    /// `provider`
    pub provider: RegionsInfoAllSpecificItemProvider,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RegionsInfoAllSpecificItemStatus>,
    /// `type`
    pub r#type: RegionsInfoAllSpecificItemType,
}

impl<'de> Deserialize<'de> for RegionsInfoAllSpecificItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for RegionsInfoAllSpecificItem {
    const EXPECTING: &'static str = "struct RegionsInfoAllSpecificItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<RegionsInfoAllSpecificItemCode> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<RegionsInfoAllSpecificItemProvider> = None;
        let mut field_3: Option<Option<RegionsInfoAllSpecificItemStatus>> = None;
        let mut field_4: Option<RegionsInfoAllSpecificItemType> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "code" => map.fill(&mut field_0),
                "name" => map.fill(&mut field_1),
                "provider" => map.fill(&mut field_2),
                "status" => map.fill(&mut field_3),
                "type" => map.fill(&mut field_4),
                _ => map.skip(),
            };
            read?;
        }
        Ok(RegionsInfoAllSpecificItem {
            code: crate::runtime::required(field_0, "code")?,
            name: crate::runtime::required(field_1, "name")?,
            provider: crate::runtime::required(field_2, "provider")?,
            status: Option::flatten(field_3),
            r#type: crate::runtime::required(field_4, "type")?,
        })
    }
}

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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionsInfoRecommendations {
    /// `smartGroup`
    #[serde(rename = "smartGroup")]
    pub smart_group: RegionsInfoRecommendationsSmartGroup,
    /// `specific`
    pub specific: Vec<RegionsInfoRecommendationsSpecificItem>,
}

impl<'de> Deserialize<'de> for RegionsInfoRecommendations {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for RegionsInfoRecommendations {
    const EXPECTING: &'static str = "struct RegionsInfoRecommendations";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<RegionsInfoRecommendationsSmartGroup> = None;
        let mut field_1: Option<Vec<RegionsInfoRecommendationsSpecificItem>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "smartGroup" => map.fill(&mut field_0),
                "specific" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(RegionsInfoRecommendations {
            smart_group: crate::runtime::required(field_0, "smartGroup")?,
            specific: crate::runtime::required(field_1, "specific")?,
        })
    }
}

/// `RegionsInfoRecommendationsSmartGroup`
///
/// Schema: `#/components/schemas/RegionsInfo/properties/recommendations/properties/smartGroup`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionsInfoRecommendationsSmartGroup {
    /// `code`
    pub code: RegionsInfoRecommendationsSmartGroupCode,
    /// `name`
    pub name: String,
    /// `type`
    pub r#type: RegionsInfoRecommendationsSmartGroupType,
}

impl<'de> Deserialize<'de> for RegionsInfoRecommendationsSmartGroup {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for RegionsInfoRecommendationsSmartGroup {
    const EXPECTING: &'static str = "struct RegionsInfoRecommendationsSmartGroup";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<RegionsInfoRecommendationsSmartGroupCode> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<RegionsInfoRecommendationsSmartGroupType> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "code" => map.fill(&mut field_0),
                "name" => map.fill(&mut field_1),
                "type" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(RegionsInfoRecommendationsSmartGroup {
            code: crate::runtime::required(field_0, "code")?,
            name: crate::runtime::required(field_1, "name")?,
            r#type: crate::runtime::required(field_2, "type")?,
        })
    }
}

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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionsInfoRecommendationsSpecificItem {
    /// `code`
    pub code: RegionsInfoRecommendationsSpecificItemCode,
    /// `name`
    pub name: String,
    /// `provider`
    pub provider: RegionsInfoRecommendationsSpecificItemProvider,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RegionsInfoRecommendationsSpecificItemStatus>,
    /// `type`
    pub r#type: RegionsInfoRecommendationsSpecificItemType,
}

impl<'de> Deserialize<'de> for RegionsInfoRecommendationsSpecificItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for RegionsInfoRecommendationsSpecificItem {
    const EXPECTING: &'static str = "struct RegionsInfoRecommendationsSpecificItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<RegionsInfoRecommendationsSpecificItemCode> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<RegionsInfoRecommendationsSpecificItemProvider> = None;
        let mut field_3: Option<Option<RegionsInfoRecommendationsSpecificItemStatus>> = None;
        let mut field_4: Option<RegionsInfoRecommendationsSpecificItemType> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "code" => map.fill(&mut field_0),
                "name" => map.fill(&mut field_1),
                "provider" => map.fill(&mut field_2),
                "status" => map.fill(&mut field_3),
                "type" => map.fill(&mut field_4),
                _ => map.skip(),
            };
            read?;
        }
        Ok(RegionsInfoRecommendationsSpecificItem {
            code: crate::runtime::required(field_0, "code")?,
            name: crate::runtime::required(field_1, "name")?,
            provider: crate::runtime::required(field_2, "provider")?,
            status: Option::flatten(field_3),
            r#type: crate::runtime::required(field_4, "type")?,
        })
    }
}

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
