//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ActionRunResponse`.

use serde::{Deserialize, Serialize};

/// `ActionRunResponse`
///
/// Schema: `#/components/schemas/ActionRunResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionRunResponse {
    /// `branch_id`
    pub branch_id: String,
    /// `check_run_id`
    pub check_run_id: Option<f64>,
    /// `created_at`
    pub created_at: String,
    /// `git_config`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_config: Option<serde_json::Value>,
    /// `id`
    pub id: String,
    /// `run_steps`
    pub run_steps: Vec<ActionRunResponseRunStepsItem>,
    /// `updated_at`
    pub updated_at: String,
    /// `workdir`
    pub workdir: Option<String>,
}

/// `ActionRunResponseRunStepsItem`
///
/// Schema: `#/components/schemas/ActionRunResponse/properties/run_steps/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionRunResponseRunStepsItem {
    /// `created_at`
    pub created_at: String,
    /// `name`
    pub name: ActionRunResponseRunStepsItemName,
    /// `status`
    pub status: ActionRunResponseRunStepsItemStatus,
    /// `updated_at`
    pub updated_at: String,
}

/// `ActionRunResponseRunStepsItemName`
///
/// Schema: `#/components/schemas/ActionRunResponse/properties/run_steps/items/properties/name`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ActionRunResponseRunStepsItemName {
    /// `clone`
    Clone,
    /// `pull`
    Pull,
    /// `health`
    Health,
    /// `configure`
    Configure,
    /// `migrate`
    Migrate,
    /// `seed`
    Seed,
    /// `deploy`
    Deploy,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ActionRunResponseRunStepsItemName {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Clone => "clone",
            Self::Pull => "pull",
            Self::Health => "health",
            Self::Configure => "configure",
            Self::Migrate => "migrate",
            Self::Seed => "seed",
            Self::Deploy => "deploy",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ActionRunResponseRunStepsItemName {
    fn from(value: &str) -> Self {
        match value {
            "clone" => Self::Clone,
            "pull" => Self::Pull,
            "health" => Self::Health,
            "configure" => Self::Configure,
            "migrate" => Self::Migrate,
            "seed" => Self::Seed,
            "deploy" => Self::Deploy,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for ActionRunResponseRunStepsItemName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ActionRunResponseRunStepsItemName {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ActionRunResponseRunStepsItemName {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `ActionRunResponseRunStepsItemStatus`
///
/// Schema: `#/components/schemas/ActionRunResponse/properties/run_steps/items/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ActionRunResponseRunStepsItemStatus {
    /// `CREATED`
    Created,
    /// `DEAD`
    Dead,
    /// `EXITED`
    Exited,
    /// `PAUSED`
    Paused,
    /// `REMOVING`
    Removing,
    /// `RESTARTING`
    Restarting,
    /// `RUNNING`
    Running,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ActionRunResponseRunStepsItemStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "CREATED",
            Self::Dead => "DEAD",
            Self::Exited => "EXITED",
            Self::Paused => "PAUSED",
            Self::Removing => "REMOVING",
            Self::Restarting => "RESTARTING",
            Self::Running => "RUNNING",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ActionRunResponseRunStepsItemStatus {
    fn from(value: &str) -> Self {
        match value {
            "CREATED" => Self::Created,
            "DEAD" => Self::Dead,
            "EXITED" => Self::Exited,
            "PAUSED" => Self::Paused,
            "REMOVING" => Self::Removing,
            "RESTARTING" => Self::Restarting,
            "RUNNING" => Self::Running,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for ActionRunResponseRunStepsItemStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ActionRunResponseRunStepsItemStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ActionRunResponseRunStepsItemStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
