//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateBranchBody`.

use serde::{Deserialize, Serialize};

/// `UpdateBranchBody`
///
/// Schema: `#/components/schemas/UpdateBranchBody`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateBranchBody {
    /// `branch_name`
    pub branch_name: Option<String>,
    /// `git_branch`
    pub git_branch: Option<String>,
    /// HTTP endpoint to receive branch status updates.
    pub notify_url: Option<String>,
    /// `persistent`
    pub persistent: Option<bool>,
    /// `request_review`
    pub request_review: Option<bool>,
    /// This field is deprecated and will be ignored. Use v1-reset-a-branch endpoint directly instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub reset_on_push: Option<bool>,
    /// `status`
    pub status: Option<UpdateBranchBodyStatus>,
}

impl crate::runtime::ToFields for UpdateBranchBody {
    const NAME: &'static str = "UpdateBranchBody";
    const ADDITIONAL: bool = false;
    #[allow(deprecated)]
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("branch_name", &self.branch_name)
            .optional("git_branch", &self.git_branch)
            .optional("notify_url", &self.notify_url)
            .optional("persistent", &self.persistent)
            .optional("request_review", &self.request_review)
            .optional("reset_on_push", &self.reset_on_push)
            .optional("status", &self.status)
    }
}

impl crate::runtime::FromFields for UpdateBranchBody {
    const EXPECTING: &'static str = "struct UpdateBranchBody";
    #[allow(deprecated)]
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut branch_name: Option<String> = None;
        let mut git_branch: Option<String> = None;
        let mut notify_url: Option<String> = None;
        let mut persistent: Option<bool> = None;
        let mut request_review: Option<bool> = None;
        let mut reset_on_push: Option<bool> = None;
        let mut status: Option<UpdateBranchBodyStatus> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "branch_name" => __map.set(&mut branch_name),
                "git_branch" => __map.set(&mut git_branch),
                "notify_url" => __map.set(&mut notify_url),
                "persistent" => __map.set(&mut persistent),
                "request_review" => __map.set(&mut request_review),
                "reset_on_push" => __map.set(&mut reset_on_push),
                "status" => __map.set(&mut status),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateBranchBody {
            branch_name,
            git_branch,
            notify_url,
            persistent,
            request_review,
            reset_on_push,
            status,
        })
    }
}
crate::runtime::object_serde!(UpdateBranchBody);

/// `UpdateBranchBodyStatus`
///
/// Schema: `#/components/schemas/UpdateBranchBody/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateBranchBodyStatus {
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

impl UpdateBranchBodyStatus {
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

impl From<&str> for UpdateBranchBodyStatus {
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

impl std::fmt::Display for UpdateBranchBodyStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateBranchBodyStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateBranchBodyStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
