//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BranchResponse`.

use serde::{Deserialize, Serialize};

/// `BranchResponse`
///
/// Schema: `#/components/schemas/BranchResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BranchResponse {
    /// `created_at`
    pub created_at: String,
    /// `deletion_scheduled_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_scheduled_at: Option<String>,
    /// `git_branch`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_branch: Option<String>,
    /// `id`
    pub id: String,
    /// `is_default`
    pub is_default: bool,
    /// This field is deprecated and will not be populated.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_check_run_id: Option<f64>,
    /// `name`
    pub name: String,
    /// `notify_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify_url: Option<String>,
    /// `parent_project_ref`
    pub parent_project_ref: String,
    /// `persistent`
    pub persistent: bool,
    /// `pr_number`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pr_number: Option<i32>,
    /// `preview_project_status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preview_project_status: Option<BranchResponsePreviewProjectStatus>,
    /// `project_ref`
    pub project_ref: String,
    /// `review_requested_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_requested_at: Option<String>,
    /// This field is deprecated. List action runs to get branch status instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub status: BranchResponseStatus,
    /// `updated_at`
    pub updated_at: String,
    /// `with_data`
    pub with_data: bool,
}

impl<'de> Deserialize<'de> for BranchResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for BranchResponse {
    const EXPECTING: &'static str = "struct BranchResponse";
    #[allow(deprecated)]
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<Option<String>> = None;
        let mut field_2: Option<Option<String>> = None;
        let mut field_3: Option<String> = None;
        let mut field_4: Option<bool> = None;
        let mut field_5: Option<Option<f64>> = None;
        let mut field_6: Option<String> = None;
        let mut field_7: Option<Option<String>> = None;
        let mut field_8: Option<String> = None;
        let mut field_9: Option<bool> = None;
        let mut field_10: Option<Option<i32>> = None;
        let mut field_11: Option<Option<BranchResponsePreviewProjectStatus>> = None;
        let mut field_12: Option<String> = None;
        let mut field_13: Option<Option<String>> = None;
        let mut field_14: Option<BranchResponseStatus> = None;
        let mut field_15: Option<String> = None;
        let mut field_16: Option<bool> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "created_at" => map.fill(&mut field_0),
                "deletion_scheduled_at" => map.fill(&mut field_1),
                "git_branch" => map.fill(&mut field_2),
                "id" => map.fill(&mut field_3),
                "is_default" => map.fill(&mut field_4),
                "latest_check_run_id" => map.fill(&mut field_5),
                "name" => map.fill(&mut field_6),
                "notify_url" => map.fill(&mut field_7),
                "parent_project_ref" => map.fill(&mut field_8),
                "persistent" => map.fill(&mut field_9),
                "pr_number" => map.fill(&mut field_10),
                "preview_project_status" => map.fill(&mut field_11),
                "project_ref" => map.fill(&mut field_12),
                "review_requested_at" => map.fill(&mut field_13),
                "status" => map.fill(&mut field_14),
                "updated_at" => map.fill(&mut field_15),
                "with_data" => map.fill(&mut field_16),
                _ => map.skip(),
            };
            read?;
        }
        Ok(BranchResponse {
            created_at: crate::runtime::required(field_0, "created_at")?,
            deletion_scheduled_at: Option::flatten(field_1),
            git_branch: Option::flatten(field_2),
            id: crate::runtime::required(field_3, "id")?,
            is_default: crate::runtime::required(field_4, "is_default")?,
            latest_check_run_id: Option::flatten(field_5),
            name: crate::runtime::required(field_6, "name")?,
            notify_url: Option::flatten(field_7),
            parent_project_ref: crate::runtime::required(field_8, "parent_project_ref")?,
            persistent: crate::runtime::required(field_9, "persistent")?,
            pr_number: Option::flatten(field_10),
            preview_project_status: Option::flatten(field_11),
            project_ref: crate::runtime::required(field_12, "project_ref")?,
            review_requested_at: Option::flatten(field_13),
            status: crate::runtime::required(field_14, "status")?,
            updated_at: crate::runtime::required(field_15, "updated_at")?,
            with_data: crate::runtime::required(field_16, "with_data")?,
        })
    }
}

/// `BranchResponsePreviewProjectStatus`
///
/// Schema: `#/components/schemas/BranchResponse/properties/preview_project_status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BranchResponsePreviewProjectStatus {
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

impl BranchResponsePreviewProjectStatus {
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

impl From<&str> for BranchResponsePreviewProjectStatus {
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

impl std::fmt::Display for BranchResponsePreviewProjectStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for BranchResponsePreviewProjectStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for BranchResponsePreviewProjectStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// This field is deprecated. List action runs to get branch status instead.
///
/// **Deprecated** in the API.
///
/// Schema: `#/components/schemas/BranchResponse/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BranchResponseStatus {
    /// `CREATING_PROJECT`
    CreatingProject,
    /// `RUNNING_MIGRATIONS`
    RunningMigrations,
    /// `MIGRATIONS_PASSED`
    MigrationsPassed,
    /// `MIGRATIONS_FAILED`
    MigrationsFailed,
    /// `FUNCTIONS_DEPLOYED`
    FunctionsDeployed,
    /// `FUNCTIONS_FAILED`
    FunctionsFailed,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl BranchResponseStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreatingProject => "CREATING_PROJECT",
            Self::RunningMigrations => "RUNNING_MIGRATIONS",
            Self::MigrationsPassed => "MIGRATIONS_PASSED",
            Self::MigrationsFailed => "MIGRATIONS_FAILED",
            Self::FunctionsDeployed => "FUNCTIONS_DEPLOYED",
            Self::FunctionsFailed => "FUNCTIONS_FAILED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for BranchResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "CREATING_PROJECT" => Self::CreatingProject,
            "RUNNING_MIGRATIONS" => Self::RunningMigrations,
            "MIGRATIONS_PASSED" => Self::MigrationsPassed,
            "MIGRATIONS_FAILED" => Self::MigrationsFailed,
            "FUNCTIONS_DEPLOYED" => Self::FunctionsDeployed,
            "FUNCTIONS_FAILED" => Self::FunctionsFailed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for BranchResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for BranchResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for BranchResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
