//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ActionRunResponse`.

use serde::{Deserialize, Serialize};

/// `ActionRunResponse`
///
/// Schema: `#/components/schemas/ActionRunResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for ActionRunResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for ActionRunResponse {
    const EXPECTING: &'static str = "struct ActionRunResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<Option<f64>> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<Option<serde_json::Value>> = None;
        let mut field_4: Option<String> = None;
        let mut field_5: Option<Vec<ActionRunResponseRunStepsItem>> = None;
        let mut field_6: Option<String> = None;
        let mut field_7: Option<Option<String>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "branch_id" => map.fill(&mut field_0),
                "check_run_id" => map.fill(&mut field_1),
                "created_at" => map.fill(&mut field_2),
                "git_config" => map.fill(&mut field_3),
                "id" => map.fill(&mut field_4),
                "run_steps" => map.fill(&mut field_5),
                "updated_at" => map.fill(&mut field_6),
                "workdir" => map.fill(&mut field_7),
                _ => map.skip(),
            };
            read?;
        }
        Ok(ActionRunResponse {
            branch_id: crate::runtime::required(field_0, "branch_id")?,
            check_run_id: Option::flatten(field_1),
            created_at: crate::runtime::required(field_2, "created_at")?,
            git_config: Option::flatten(field_3),
            id: crate::runtime::required(field_4, "id")?,
            run_steps: crate::runtime::required(field_5, "run_steps")?,
            updated_at: crate::runtime::required(field_6, "updated_at")?,
            workdir: Option::flatten(field_7),
        })
    }
}

/// `ActionRunResponseRunStepsItem`
///
/// Schema: `#/components/schemas/ActionRunResponse/properties/run_steps/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for ActionRunResponseRunStepsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for ActionRunResponseRunStepsItem {
    const EXPECTING: &'static str = "struct ActionRunResponseRunStepsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<ActionRunResponseRunStepsItemName> = None;
        let mut field_2: Option<ActionRunResponseRunStepsItemStatus> = None;
        let mut field_3: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "created_at" => map.fill(&mut field_0),
                "name" => map.fill(&mut field_1),
                "status" => map.fill(&mut field_2),
                "updated_at" => map.fill(&mut field_3),
                _ => map.skip(),
            };
            read?;
        }
        Ok(ActionRunResponseRunStepsItem {
            created_at: crate::runtime::required(field_0, "created_at")?,
            name: crate::runtime::required(field_1, "name")?,
            status: crate::runtime::required(field_2, "status")?,
            updated_at: crate::runtime::required(field_3, "updated_at")?,
        })
    }
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
