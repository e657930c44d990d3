//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateBranchBody`.

use serde::{Deserialize, Serialize};

/// `UpdateBranchBody`
///
/// Schema: `#/components/schemas/UpdateBranchBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateBranchBody {
    /// `branch_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch_name: Option<String>,
    /// `git_branch`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_branch: Option<String>,
    /// HTTP endpoint to receive branch status updates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify_url: Option<String>,
    /// `persistent`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persistent: Option<bool>,
    /// `request_review`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_review: Option<bool>,
    /// This field is deprecated and will be ignored. Use v1-reset-a-branch endpoint directly instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reset_on_push: Option<bool>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<UpdateBranchBodyStatus>,
}

impl<'de> Deserialize<'de> for UpdateBranchBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateBranchBody {
    const EXPECTING: &'static str = "struct UpdateBranchBody";
    #[allow(deprecated)]
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<Option<String>> = None;
        let mut field_2: Option<Option<String>> = None;
        let mut field_3: Option<Option<bool>> = None;
        let mut field_4: Option<Option<bool>> = None;
        let mut field_5: Option<Option<bool>> = None;
        let mut field_6: Option<Option<UpdateBranchBodyStatus>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "branch_name" => map.fill(&mut field_0),
                "git_branch" => map.fill(&mut field_1),
                "notify_url" => map.fill(&mut field_2),
                "persistent" => map.fill(&mut field_3),
                "request_review" => map.fill(&mut field_4),
                "reset_on_push" => map.fill(&mut field_5),
                "status" => map.fill(&mut field_6),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateBranchBody {
            branch_name: Option::flatten(field_0),
            git_branch: Option::flatten(field_1),
            notify_url: Option::flatten(field_2),
            persistent: Option::flatten(field_3),
            request_review: Option::flatten(field_4),
            reset_on_push: Option::flatten(field_5),
            status: Option::flatten(field_6),
        })
    }
}

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
