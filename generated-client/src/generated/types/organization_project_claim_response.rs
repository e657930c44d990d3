//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OrganizationProjectClaimResponse`.

use serde::{Deserialize, Serialize};

/// `OrganizationProjectClaimResponse`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// `OrganizationProjectClaimResponsePreview`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/preview`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// `OrganizationProjectClaimResponsePreviewErrorsItem`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/errors/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationProjectClaimResponsePreviewErrorsItem {
    /// `key`
    pub key: String,
    /// `message`
    pub message: String,
}

/// `OrganizationProjectClaimResponsePreviewInfoItem`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/info/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationProjectClaimResponsePreviewInfoItem {
    /// `key`
    pub key: String,
    /// `message`
    pub message: String,
}

/// `OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/members_exceeding_free_project_limit/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem {
    /// `limit`
    pub limit: f64,
    /// `name`
    pub name: String,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationProjectClaimResponsePreviewWarningsItem {
    /// `key`
    pub key: String,
    /// `message`
    pub message: String,
}

/// `OrganizationProjectClaimResponseProject`
///
/// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/project`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationProjectClaimResponseProject {
    /// `name`
    pub name: String,
    /// `ref`
    pub r#ref: String,
}
