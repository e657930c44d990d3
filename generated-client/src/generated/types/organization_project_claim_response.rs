//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OrganizationProjectClaimResponse`.

use serde::{Deserialize, Serialize};

/// `OrganizationProjectClaimResponse`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse`
#[derive(Debug, Clone, PartialEq)]
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

impl crate::runtime::ToFields for OrganizationProjectClaimResponse {
    const NAME: &'static str = "OrganizationProjectClaimResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("created_at", &self.created_at)
            .field("created_by", &self.created_by)
            .field("expires_at", &self.expires_at)
            .field("preview", &self.preview)
            .field("project", &self.project)
    }
}

impl crate::runtime::FromFields for OrganizationProjectClaimResponse {
    const EXPECTING: &'static str = "struct OrganizationProjectClaimResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut created_at: Option<String> = None;
        let mut created_by: Option<String> = None;
        let mut expires_at: Option<String> = None;
        let mut preview: Option<OrganizationProjectClaimResponsePreview> = None;
        let mut project: Option<OrganizationProjectClaimResponseProject> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "created_at" => __map.fill(&mut created_at),
                "created_by" => __map.fill(&mut created_by),
                "expires_at" => __map.fill(&mut expires_at),
                "preview" => __map.fill(&mut preview),
                "project" => __map.fill(&mut project),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(OrganizationProjectClaimResponse {
            created_at: crate::runtime::required(created_at, "created_at")?,
            created_by: crate::runtime::required(created_by, "created_by")?,
            expires_at: crate::runtime::required(expires_at, "expires_at")?,
            preview: crate::runtime::required(preview, "preview")?,
            project: crate::runtime::required(project, "project")?,
        })
    }
}
crate::runtime::object_serde!(OrganizationProjectClaimResponse);

/// `OrganizationProjectClaimResponsePreview`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/preview`
#[derive(Debug, Clone, PartialEq)]
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

impl crate::runtime::ToFields for OrganizationProjectClaimResponsePreview {
    const NAME: &'static str = "OrganizationProjectClaimResponsePreview";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("errors", &self.errors)
            .field("info", &self.info)
            .field(
                "members_exceeding_free_project_limit",
                &self.members_exceeding_free_project_limit,
            )
            .field("source_subscription_plan", &self.source_subscription_plan)
            .field("target_subscription_plan", &self.target_subscription_plan)
            .field("valid", &self.valid)
            .field("warnings", &self.warnings)
    }
}

impl crate::runtime::FromFields for OrganizationProjectClaimResponsePreview {
    const EXPECTING: &'static str = "struct OrganizationProjectClaimResponsePreview";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut errors: Option<Vec<OrganizationProjectClaimResponsePreviewErrorsItem>> = None;
        let mut info: Option<Vec<OrganizationProjectClaimResponsePreviewInfoItem>> = None;
        let mut members_exceeding_free_project_limit: Option<
            Vec<
                OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem,
            >,
        > = None;
        let mut source_subscription_plan: Option<
            OrganizationProjectClaimResponsePreviewSourceSubscriptionPlan,
        > = None;
        let mut target_subscription_plan: Option<
            OrganizationProjectClaimResponsePreviewTargetSubscriptionPlan,
        > = None;
        let mut valid: Option<bool> = None;
        let mut warnings: Option<
            Vec<OrganizationProjectClaimResponsePreviewWarningsItem>,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "errors" => __map.fill(&mut errors),
                "info" => __map.fill(&mut info),
                "members_exceeding_free_project_limit" => {
                    __map.fill(&mut members_exceeding_free_project_limit)
                }
                "source_subscription_plan" => __map.fill(&mut source_subscription_plan),
                "target_subscription_plan" => __map.set(&mut target_subscription_plan),
                "valid" => __map.fill(&mut valid),
                "warnings" => __map.fill(&mut warnings),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(OrganizationProjectClaimResponsePreview {
            errors: crate::runtime::required(errors, "errors")?,
            info: crate::runtime::required(info, "info")?,
            members_exceeding_free_project_limit: crate::runtime::required(
                members_exceeding_free_project_limit,
                "members_exceeding_free_project_limit",
            )?,
            source_subscription_plan: crate::runtime::required(
                source_subscription_plan,
                "source_subscription_plan",
            )?,
            target_subscription_plan,
            valid: crate::runtime::required(valid, "valid")?,
            warnings: crate::runtime::required(warnings, "warnings")?,
        })
    }
}
crate::runtime::object_serde!(OrganizationProjectClaimResponsePreview);

/// `OrganizationProjectClaimResponsePreviewErrorsItem`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/errors/items`
#[derive(Clone, PartialEq)]
pub struct OrganizationProjectClaimResponsePreviewErrorsItem {
    /// `key`
    pub key: String,
    /// `message`
    pub message: String,
}

impl std::fmt::Debug for OrganizationProjectClaimResponsePreviewErrorsItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OrganizationProjectClaimResponsePreviewErrorsItem")
            .field("key", &format_args!("[redacted]"))
            .field("message", &self.message)
            .finish()
    }
}

impl crate::runtime::ToFields for OrganizationProjectClaimResponsePreviewErrorsItem {
    const NAME: &'static str = "OrganizationProjectClaimResponsePreviewErrorsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("key", &self.key).field("message", &self.message)
    }
}

impl crate::runtime::FromFields for OrganizationProjectClaimResponsePreviewErrorsItem {
    const EXPECTING: &'static str = "struct OrganizationProjectClaimResponsePreviewErrorsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut key: Option<String> = None;
        let mut message: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "key" => __map.fill(&mut key),
                "message" => __map.fill(&mut message),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(OrganizationProjectClaimResponsePreviewErrorsItem {
            key: crate::runtime::required(key, "key")?,
            message: crate::runtime::required(message, "message")?,
        })
    }
}
crate::runtime::object_serde!(OrganizationProjectClaimResponsePreviewErrorsItem);

/// `OrganizationProjectClaimResponsePreviewInfoItem`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/info/items`
#[derive(Clone, PartialEq)]
pub struct OrganizationProjectClaimResponsePreviewInfoItem {
    /// `key`
    pub key: String,
    /// `message`
    pub message: String,
}

impl std::fmt::Debug for OrganizationProjectClaimResponsePreviewInfoItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OrganizationProjectClaimResponsePreviewInfoItem")
            .field("key", &format_args!("[redacted]"))
            .field("message", &self.message)
            .finish()
    }
}

impl crate::runtime::ToFields for OrganizationProjectClaimResponsePreviewInfoItem {
    const NAME: &'static str = "OrganizationProjectClaimResponsePreviewInfoItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("key", &self.key).field("message", &self.message)
    }
}

impl crate::runtime::FromFields for OrganizationProjectClaimResponsePreviewInfoItem {
    const EXPECTING: &'static str = "struct OrganizationProjectClaimResponsePreviewInfoItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut key: Option<String> = None;
        let mut message: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "key" => __map.fill(&mut key),
                "message" => __map.fill(&mut message),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(OrganizationProjectClaimResponsePreviewInfoItem {
            key: crate::runtime::required(key, "key")?,
            message: crate::runtime::required(message, "message")?,
        })
    }
}
crate::runtime::object_serde!(OrganizationProjectClaimResponsePreviewInfoItem);

/// `OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/members_exceeding_free_project_limit/items`
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem {
    /// `limit`
    pub limit: f64,
    /// `name`
    pub name: String,
}

impl crate::runtime::ToFields
for OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem {
    const NAME: &'static str = "OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("limit", &self.limit).field("name", &self.name)
    }
}

impl crate::runtime::FromFields
for OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem {
    const EXPECTING: &'static str = "struct OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut limit: Option<f64> = None;
        let mut name: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "limit" => __map.fill(&mut limit),
                "name" => __map.fill(&mut name),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem {
            limit: crate::runtime::required(limit, "limit")?,
            name: crate::runtime::required(name, "name")?,
        })
    }
}
crate::runtime::object_serde!(
    OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem
);

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
#[derive(Clone, PartialEq)]
pub struct OrganizationProjectClaimResponsePreviewWarningsItem {
    /// `key`
    pub key: String,
    /// `message`
    pub message: String,
}

impl std::fmt::Debug for OrganizationProjectClaimResponsePreviewWarningsItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OrganizationProjectClaimResponsePreviewWarningsItem")
            .field("key", &format_args!("[redacted]"))
            .field("message", &self.message)
            .finish()
    }
}

impl crate::runtime::ToFields for OrganizationProjectClaimResponsePreviewWarningsItem {
    const NAME: &'static str = "OrganizationProjectClaimResponsePreviewWarningsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("key", &self.key).field("message", &self.message)
    }
}

impl crate::runtime::FromFields for OrganizationProjectClaimResponsePreviewWarningsItem {
    const EXPECTING: &'static str = "struct OrganizationProjectClaimResponsePreviewWarningsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut key: Option<String> = None;
        let mut message: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "key" => __map.fill(&mut key),
                "message" => __map.fill(&mut message),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(OrganizationProjectClaimResponsePreviewWarningsItem {
            key: crate::runtime::required(key, "key")?,
            message: crate::runtime::required(message, "message")?,
        })
    }
}
crate::runtime::object_serde!(OrganizationProjectClaimResponsePreviewWarningsItem);

/// `OrganizationProjectClaimResponseProject`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/project`
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationProjectClaimResponseProject {
    /// `name`
    pub name: String,
    /// `ref`
    pub ref_: String,
}

impl crate::runtime::ToFields for OrganizationProjectClaimResponseProject {
    const NAME: &'static str = "OrganizationProjectClaimResponseProject";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("name", &self.name).field("ref", &self.ref_)
    }
}

impl crate::runtime::FromFields for OrganizationProjectClaimResponseProject {
    const EXPECTING: &'static str = "struct OrganizationProjectClaimResponseProject";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut name: Option<String> = None;
        let mut ref_: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "name" => __map.fill(&mut name),
                "ref" => __map.fill(&mut ref_),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(OrganizationProjectClaimResponseProject {
            name: crate::runtime::required(name, "name")?,
            ref_: crate::runtime::required(ref_, "ref")?,
        })
    }
}
crate::runtime::object_serde!(OrganizationProjectClaimResponseProject);
