//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OrganizationProjectClaimResponse`.

use serde::{Deserialize, Serialize};

/// `OrganizationProjectClaimResponse`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganizationProjectClaimResponse {
    /// `created_at`
    pub created_at: String,
    /// `created_by`
    pub created_by: String,
    /// `expires_at`
    pub expires_at: String,
    /// `preview`
    pub preview: OrganizationProjectClaimResponsePreview,
    /// `project`
    pub project: OrganizationProjectClaimResponseProject,
}

impl<'de> Deserialize<'de> for OrganizationProjectClaimResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for OrganizationProjectClaimResponse {
    const EXPECTING: &'static str = "struct OrganizationProjectClaimResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<OrganizationProjectClaimResponsePreview> = None;
        let mut field_4: Option<OrganizationProjectClaimResponseProject> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "created_at" => map.fill(&mut field_0),
                "created_by" => map.fill(&mut field_1),
                "expires_at" => map.fill(&mut field_2),
                "preview" => map.fill(&mut field_3),
                "project" => map.fill(&mut field_4),
                _ => map.skip(),
            };
            read?;
        }
        Ok(OrganizationProjectClaimResponse {
            created_at: crate::runtime::required(field_0, "created_at")?,
            created_by: crate::runtime::required(field_1, "created_by")?,
            expires_at: crate::runtime::required(field_2, "expires_at")?,
            preview: crate::runtime::required(field_3, "preview")?,
            project: crate::runtime::required(field_4, "project")?,
        })
    }
}

/// `OrganizationProjectClaimResponsePreview`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/preview`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganizationProjectClaimResponsePreview {
    /// `errors`
    pub errors: Vec<OrganizationProjectClaimResponsePreviewErrorsItem>,
    /// `info`
    pub info: Vec<OrganizationProjectClaimResponsePreviewInfoItem>,
    /// `members_exceeding_free_project_limit`
    pub members_exceeding_free_project_limit: Vec<
        OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem,
    >,
    /// `source_subscription_plan`
    pub source_subscription_plan: OrganizationProjectClaimResponsePreviewSourceSubscriptionPlan,
    /// `target_subscription_plan`
    pub target_subscription_plan: Option<
        OrganizationProjectClaimResponsePreviewTargetSubscriptionPlan,
    >,
    /// `valid`
    pub valid: bool,
    /// `warnings`
    pub warnings: Vec<OrganizationProjectClaimResponsePreviewWarningsItem>,
}

impl<'de> Deserialize<'de> for OrganizationProjectClaimResponsePreview {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for OrganizationProjectClaimResponsePreview {
    const EXPECTING: &'static str = "struct OrganizationProjectClaimResponsePreview";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            Vec<OrganizationProjectClaimResponsePreviewErrorsItem>,
        > = None;
        let mut field_1: Option<Vec<OrganizationProjectClaimResponsePreviewInfoItem>> = None;
        let mut field_2: Option<
            Vec<
                OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem,
            >,
        > = None;
        let mut field_3: Option<
            OrganizationProjectClaimResponsePreviewSourceSubscriptionPlan,
        > = None;
        let mut field_4: Option<
            Option<OrganizationProjectClaimResponsePreviewTargetSubscriptionPlan>,
        > = None;
        let mut field_5: Option<bool> = None;
        let mut field_6: Option<
            Vec<OrganizationProjectClaimResponsePreviewWarningsItem>,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "errors" => map.fill(&mut field_0),
                "info" => map.fill(&mut field_1),
                "members_exceeding_free_project_limit" => map.fill(&mut field_2),
                "source_subscription_plan" => map.fill(&mut field_3),
                "target_subscription_plan" => map.fill(&mut field_4),
                "valid" => map.fill(&mut field_5),
                "warnings" => map.fill(&mut field_6),
                _ => map.skip(),
            };
            read?;
        }
        Ok(OrganizationProjectClaimResponsePreview {
            errors: crate::runtime::required(field_0, "errors")?,
            info: crate::runtime::required(field_1, "info")?,
            members_exceeding_free_project_limit: crate::runtime::required(
                field_2,
                "members_exceeding_free_project_limit",
            )?,
            source_subscription_plan: crate::runtime::required(
                field_3,
                "source_subscription_plan",
            )?,
            target_subscription_plan: Option::flatten(field_4),
            valid: crate::runtime::required(field_5, "valid")?,
            warnings: crate::runtime::required(field_6, "warnings")?,
        })
    }
}

/// `OrganizationProjectClaimResponsePreviewErrorsItem`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/errors/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganizationProjectClaimResponsePreviewErrorsItem {
    /// `key`
    pub key: String,
    /// `message`
    pub message: String,
}

impl<'de> Deserialize<'de> for OrganizationProjectClaimResponsePreviewErrorsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for OrganizationProjectClaimResponsePreviewErrorsItem {
    const EXPECTING: &'static str = "struct OrganizationProjectClaimResponsePreviewErrorsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "key" => map.fill(&mut field_0),
                "message" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(OrganizationProjectClaimResponsePreviewErrorsItem {
            key: crate::runtime::required(field_0, "key")?,
            message: crate::runtime::required(field_1, "message")?,
        })
    }
}

/// `OrganizationProjectClaimResponsePreviewInfoItem`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/info/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganizationProjectClaimResponsePreviewInfoItem {
    /// `key`
    pub key: String,
    /// `message`
    pub message: String,
}

impl<'de> Deserialize<'de> for OrganizationProjectClaimResponsePreviewInfoItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for OrganizationProjectClaimResponsePreviewInfoItem {
    const EXPECTING: &'static str = "struct OrganizationProjectClaimResponsePreviewInfoItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "key" => map.fill(&mut field_0),
                "message" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(OrganizationProjectClaimResponsePreviewInfoItem {
            key: crate::runtime::required(field_0, "key")?,
            message: crate::runtime::required(field_1, "message")?,
        })
    }
}

/// `OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/members_exceeding_free_project_limit/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem {
    /// `limit`
    pub limit: f64,
    /// `name`
    pub name: String,
}

impl<'de> Deserialize<'de>
for OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem {
    const EXPECTING: &'static str = "struct OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<f64> = None;
        let mut field_1: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "limit" => map.fill(&mut field_0),
                "name" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem {
            limit: crate::runtime::required(field_0, "limit")?,
            name: crate::runtime::required(field_1, "name")?,
        })
    }
}

/// `OrganizationProjectClaimResponsePreviewSourceSubscriptionPlan`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/source_subscription_plan`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrganizationProjectClaimResponsePreviewSourceSubscriptionPlan {
    /// `free`
    Free,
    /// `pro`
    Pro,
    /// `team`
    Team,
    /// `enterprise`
    Enterprise,
    /// `platform`
    Platform,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl OrganizationProjectClaimResponsePreviewSourceSubscriptionPlan {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Free => "free",
            Self::Pro => "pro",
            Self::Team => "team",
            Self::Enterprise => "enterprise",
            Self::Platform => "platform",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OrganizationProjectClaimResponsePreviewSourceSubscriptionPlan {
    fn from(value: &str) -> Self {
        match value {
            "free" => Self::Free,
            "pro" => Self::Pro,
            "team" => Self::Team,
            "enterprise" => Self::Enterprise,
            "platform" => Self::Platform,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display
for OrganizationProjectClaimResponsePreviewSourceSubscriptionPlan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OrganizationProjectClaimResponsePreviewSourceSubscriptionPlan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for OrganizationProjectClaimResponsePreviewSourceSubscriptionPlan {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `OrganizationProjectClaimResponsePreviewTargetSubscriptionPlan`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/target_subscription_plan`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrganizationProjectClaimResponsePreviewTargetSubscriptionPlan {
    /// `free`
    Free,
    /// `pro`
    Pro,
    /// `team`
    Team,
    /// `enterprise`
    Enterprise,
    /// `platform`
    Platform,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl OrganizationProjectClaimResponsePreviewTargetSubscriptionPlan {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Free => "free",
            Self::Pro => "pro",
            Self::Team => "team",
            Self::Enterprise => "enterprise",
            Self::Platform => "platform",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OrganizationProjectClaimResponsePreviewTargetSubscriptionPlan {
    fn from(value: &str) -> Self {
        match value {
            "free" => Self::Free,
            "pro" => Self::Pro,
            "team" => Self::Team,
            "enterprise" => Self::Enterprise,
            "platform" => Self::Platform,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display
for OrganizationProjectClaimResponsePreviewTargetSubscriptionPlan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OrganizationProjectClaimResponsePreviewTargetSubscriptionPlan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for OrganizationProjectClaimResponsePreviewTargetSubscriptionPlan {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `OrganizationProjectClaimResponsePreviewWarningsItem`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/warnings/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganizationProjectClaimResponsePreviewWarningsItem {
    /// `key`
    pub key: String,
    /// `message`
    pub message: String,
}

impl<'de> Deserialize<'de> for OrganizationProjectClaimResponsePreviewWarningsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for OrganizationProjectClaimResponsePreviewWarningsItem {
    const EXPECTING: &'static str = "struct OrganizationProjectClaimResponsePreviewWarningsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "key" => map.fill(&mut field_0),
                "message" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(OrganizationProjectClaimResponsePreviewWarningsItem {
            key: crate::runtime::required(field_0, "key")?,
            message: crate::runtime::required(field_1, "message")?,
        })
    }
}

/// `OrganizationProjectClaimResponseProject`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/project`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganizationProjectClaimResponseProject {
    /// `name`
    pub name: String,
    /// `ref`
    pub r#ref: String,
}

impl<'de> Deserialize<'de> for OrganizationProjectClaimResponseProject {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for OrganizationProjectClaimResponseProject {
    const EXPECTING: &'static str = "struct OrganizationProjectClaimResponseProject";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "name" => map.fill(&mut field_0),
                "ref" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(OrganizationProjectClaimResponseProject {
            name: crate::runtime::required(field_0, "name")?,
            r#ref: crate::runtime::required(field_1, "ref")?,
        })
    }
}
