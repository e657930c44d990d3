//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ActionRunResponse`.

use serde::{Deserialize, Serialize};

/// `ActionRunResponse`
///
/// Schema: `#/components/schemas/ActionRunResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct ActionRunResponse {
    /// `branch_id`
    pub branch_id: String,
    /// `check_run_id`
    pub check_run_id: Option<f64>,
    /// `created_at`
    pub created_at: String,
    /// `git_config`
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

impl crate::runtime::ToFields for ActionRunResponse {
    const NAME: &'static str = "ActionRunResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("branch_id", &self.branch_id)
            .field("check_run_id", &self.check_run_id)
            .field("created_at", &self.created_at)
            .optional("git_config", &self.git_config)
            .field("id", &self.id)
            .field("run_steps", &self.run_steps)
            .field("updated_at", &self.updated_at)
            .field("workdir", &self.workdir)
    }
}

impl crate::runtime::FromFields for ActionRunResponse {
    const EXPECTING: &'static str = "struct ActionRunResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut branch_id: Option<String> = None;
        let mut check_run_id: Option<f64> = None;
        let mut created_at: Option<String> = None;
        let mut git_config: Option<serde_json::Value> = None;
        let mut id: Option<String> = None;
        let mut run_steps: Option<Vec<ActionRunResponseRunStepsItem>> = None;
        let mut updated_at: Option<String> = None;
        let mut workdir: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "branch_id" => __map.fill(&mut branch_id),
                "check_run_id" => __map.set(&mut check_run_id),
                "created_at" => __map.fill(&mut created_at),
                "git_config" => __map.set(&mut git_config),
                "id" => __map.fill(&mut id),
                "run_steps" => __map.fill(&mut run_steps),
                "updated_at" => __map.fill(&mut updated_at),
                "workdir" => __map.set(&mut workdir),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ActionRunResponse {
            branch_id: crate::runtime::required(branch_id, "branch_id")?,
            check_run_id,
            created_at: crate::runtime::required(created_at, "created_at")?,
            git_config,
            id: crate::runtime::required(id, "id")?,
            run_steps: crate::runtime::required(run_steps, "run_steps")?,
            updated_at: crate::runtime::required(updated_at, "updated_at")?,
            workdir,
        })
    }
}
crate::runtime::object_serde!(ActionRunResponse);

/// `ActionRunResponseRunStepsItem`
///
/// Schema: `#/components/schemas/ActionRunResponse/properties/run_steps/items`
#[derive(Debug, Clone, PartialEq)]
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

impl crate::runtime::ToFields for ActionRunResponseRunStepsItem {
    const NAME: &'static str = "ActionRunResponseRunStepsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("created_at", &self.created_at)
            .field("name", &self.name)
            .field("status", &self.status)
            .field("updated_at", &self.updated_at)
    }
}

impl crate::runtime::FromFields for ActionRunResponseRunStepsItem {
    const EXPECTING: &'static str = "struct ActionRunResponseRunStepsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut created_at: Option<String> = None;
        let mut name: Option<ActionRunResponseRunStepsItemName> = None;
        let mut status: Option<ActionRunResponseRunStepsItemStatus> = None;
        let mut updated_at: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "created_at" => __map.fill(&mut created_at),
                "name" => __map.fill(&mut name),
                "status" => __map.fill(&mut status),
                "updated_at" => __map.fill(&mut updated_at),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ActionRunResponseRunStepsItem {
            created_at: crate::runtime::required(created_at, "created_at")?,
            name: crate::runtime::required(name, "name")?,
            status: crate::runtime::required(status, "status")?,
            updated_at: crate::runtime::required(updated_at, "updated_at")?,
        })
    }
}
crate::runtime::object_serde!(ActionRunResponseRunStepsItem);

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
