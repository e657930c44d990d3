//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BranchResponse`.

use serde::{Deserialize, Serialize};

/// `BranchResponse`
///
/// Schema: `#/components/schemas/BranchResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct BranchResponse {
    /// `created_at`
    pub created_at: String,
    /// `deletion_scheduled_at`
    pub deletion_scheduled_at: Option<String>,
    /// `git_branch`
    pub git_branch: Option<String>,
    /// `id`
    pub id: String,
    /// `is_default`
    pub is_default: bool,
    /// This field is deprecated and will not be populated.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub latest_check_run_id: Option<f64>,
    /// `name`
    pub name: String,
    /// `notify_url`
    pub notify_url: Option<String>,
    /// `parent_project_ref`
    pub parent_project_ref: String,
    /// `persistent`
    pub persistent: bool,
    /// `pr_number`
    pub pr_number: Option<i32>,
    /// `preview_project_status`
    pub preview_project_status: Option<BranchResponsePreviewProjectStatus>,
    /// `project_ref`
    pub project_ref: String,
    /// `review_requested_at`
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

impl crate::runtime::ToFields for BranchResponse {
    const NAME: &'static str = "BranchResponse";
    const ADDITIONAL: bool = false;
    #[allow(deprecated)]
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("created_at", &self.created_at)
            .optional("deletion_scheduled_at", &self.deletion_scheduled_at)
            .optional("git_branch", &self.git_branch)
            .field("id", &self.id)
            .field("is_default", &self.is_default)
            .optional("latest_check_run_id", &self.latest_check_run_id)
            .field("name", &self.name)
            .optional("notify_url", &self.notify_url)
            .field("parent_project_ref", &self.parent_project_ref)
            .field("persistent", &self.persistent)
            .optional("pr_number", &self.pr_number)
            .optional("preview_project_status", &self.preview_project_status)
            .field("project_ref", &self.project_ref)
            .optional("review_requested_at", &self.review_requested_at)
            .field("status", &self.status)
            .field("updated_at", &self.updated_at)
            .field("with_data", &self.with_data)
    }
}

impl crate::runtime::FromFields for BranchResponse {
    const EXPECTING: &'static str = "struct BranchResponse";
    #[allow(deprecated)]
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut created_at: Option<String> = None;
        let mut deletion_scheduled_at: Option<String> = None;
        let mut git_branch: Option<String> = None;
        let mut id: Option<String> = None;
        let mut is_default: Option<bool> = None;
        let mut latest_check_run_id: Option<f64> = None;
        let mut name: Option<String> = None;
        let mut notify_url: Option<String> = None;
        let mut parent_project_ref: Option<String> = None;
        let mut persistent: Option<bool> = None;
        let mut pr_number: Option<i32> = None;
        let mut preview_project_status: Option<BranchResponsePreviewProjectStatus> = None;
        let mut project_ref: Option<String> = None;
        let mut review_requested_at: Option<String> = None;
        let mut status: Option<BranchResponseStatus> = None;
        let mut updated_at: Option<String> = None;
        let mut with_data: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "created_at" => __map.fill(&mut created_at),
                "deletion_scheduled_at" => __map.set(&mut deletion_scheduled_at),
                "git_branch" => __map.set(&mut git_branch),
                "id" => __map.fill(&mut id),
                "is_default" => __map.fill(&mut is_default),
                "latest_check_run_id" => __map.set(&mut latest_check_run_id),
                "name" => __map.fill(&mut name),
                "notify_url" => __map.set(&mut notify_url),
                "parent_project_ref" => __map.fill(&mut parent_project_ref),
                "persistent" => __map.fill(&mut persistent),
                "pr_number" => __map.set(&mut pr_number),
                "preview_project_status" => __map.set(&mut preview_project_status),
                "project_ref" => __map.fill(&mut project_ref),
                "review_requested_at" => __map.set(&mut review_requested_at),
                "status" => __map.fill(&mut status),
                "updated_at" => __map.fill(&mut updated_at),
                "with_data" => __map.fill(&mut with_data),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(BranchResponse {
            created_at: crate::runtime::required(created_at, "created_at")?,
            deletion_scheduled_at,
            git_branch,
            id: crate::runtime::required(id, "id")?,
            is_default: crate::runtime::required(is_default, "is_default")?,
            latest_check_run_id,
            name: crate::runtime::required(name, "name")?,
            notify_url,
            parent_project_ref: crate::runtime::required(
                parent_project_ref,
                "parent_project_ref",
            )?,
            persistent: crate::runtime::required(persistent, "persistent")?,
            pr_number,
            preview_project_status,
            project_ref: crate::runtime::required(project_ref, "project_ref")?,
            review_requested_at,
            status: crate::runtime::required(status, "status")?,
            updated_at: crate::runtime::required(updated_at, "updated_at")?,
            with_data: crate::runtime::required(with_data, "with_data")?,
        })
    }
}
crate::runtime::object_serde!(BranchResponse);

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
