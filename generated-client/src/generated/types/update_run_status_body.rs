//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateRunStatusBody`.

use serde::{Deserialize, Serialize};

/// `UpdateRunStatusBody`
///
/// Schema: `#/components/schemas/UpdateRunStatusBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateRunStatusBody {
    /// `clone`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clone: Option<UpdateRunStatusBodyClone>,
    /// `configure`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configure: Option<UpdateRunStatusBodyConfigure>,
    /// `deploy`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deploy: Option<UpdateRunStatusBodyDeploy>,
    /// `health`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health: Option<UpdateRunStatusBodyHealth>,
    /// `migrate`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub migrate: Option<UpdateRunStatusBodyMigrate>,
    /// `pull`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pull: Option<UpdateRunStatusBodyPull>,
    /// `seed`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<UpdateRunStatusBodySeed>,
}

impl<'de> Deserialize<'de> for UpdateRunStatusBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateRunStatusBody {
    const EXPECTING: &'static str = "struct UpdateRunStatusBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<UpdateRunStatusBodyClone>> = None;
        let mut field_1: Option<Option<UpdateRunStatusBodyConfigure>> = None;
        let mut field_2: Option<Option<UpdateRunStatusBodyDeploy>> = None;
        let mut field_3: Option<Option<UpdateRunStatusBodyHealth>> = None;
        let mut field_4: Option<Option<UpdateRunStatusBodyMigrate>> = None;
        let mut field_5: Option<Option<UpdateRunStatusBodyPull>> = None;
        let mut field_6: Option<Option<UpdateRunStatusBodySeed>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "clone" => map.fill(&mut field_0),
                "configure" => map.fill(&mut field_1),
                "deploy" => map.fill(&mut field_2),
                "health" => map.fill(&mut field_3),
                "migrate" => map.fill(&mut field_4),
                "pull" => map.fill(&mut field_5),
                "seed" => map.fill(&mut field_6),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateRunStatusBody {
            clone: Option::flatten(field_0),
            configure: Option::flatten(field_1),
            deploy: Option::flatten(field_2),
            health: Option::flatten(field_3),
            migrate: Option::flatten(field_4),
            pull: Option::flatten(field_5),
            seed: Option::flatten(field_6),
        })
    }
}

/// `UpdateRunStatusBodyClone`
///
/// Schema: `#/components/schemas/UpdateRunStatusBody/properties/clone`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateRunStatusBodyClone {
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

impl UpdateRunStatusBodyClone {
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

impl From<&str> for UpdateRunStatusBodyClone {
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

impl std::fmt::Display for UpdateRunStatusBodyClone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateRunStatusBodyClone {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateRunStatusBodyClone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `UpdateRunStatusBodyConfigure`
///
/// Schema: `#/components/schemas/UpdateRunStatusBody/properties/configure`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateRunStatusBodyConfigure {
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

impl UpdateRunStatusBodyConfigure {
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

impl From<&str> for UpdateRunStatusBodyConfigure {
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

impl std::fmt::Display for UpdateRunStatusBodyConfigure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateRunStatusBodyConfigure {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateRunStatusBodyConfigure {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `UpdateRunStatusBodyDeploy`
///
/// Schema: `#/components/schemas/UpdateRunStatusBody/properties/deploy`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateRunStatusBodyDeploy {
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

impl UpdateRunStatusBodyDeploy {
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

impl From<&str> for UpdateRunStatusBodyDeploy {
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

impl std::fmt::Display for UpdateRunStatusBodyDeploy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateRunStatusBodyDeploy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateRunStatusBodyDeploy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `UpdateRunStatusBodyHealth`
///
/// Schema: `#/components/schemas/UpdateRunStatusBody/properties/health`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateRunStatusBodyHealth {
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

impl UpdateRunStatusBodyHealth {
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

impl From<&str> for UpdateRunStatusBodyHealth {
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

impl std::fmt::Display for UpdateRunStatusBodyHealth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateRunStatusBodyHealth {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateRunStatusBodyHealth {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `UpdateRunStatusBodyMigrate`
///
/// Schema: `#/components/schemas/UpdateRunStatusBody/properties/migrate`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateRunStatusBodyMigrate {
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

impl UpdateRunStatusBodyMigrate {
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

impl From<&str> for UpdateRunStatusBodyMigrate {
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

impl std::fmt::Display for UpdateRunStatusBodyMigrate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateRunStatusBodyMigrate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateRunStatusBodyMigrate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `UpdateRunStatusBodyPull`
///
/// Schema: `#/components/schemas/UpdateRunStatusBody/properties/pull`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateRunStatusBodyPull {
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

impl UpdateRunStatusBodyPull {
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

impl From<&str> for UpdateRunStatusBodyPull {
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

impl std::fmt::Display for UpdateRunStatusBodyPull {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateRunStatusBodyPull {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateRunStatusBodyPull {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `UpdateRunStatusBodySeed`
///
/// Schema: `#/components/schemas/UpdateRunStatusBody/properties/seed`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateRunStatusBodySeed {
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

impl UpdateRunStatusBodySeed {
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

impl From<&str> for UpdateRunStatusBodySeed {
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

impl std::fmt::Display for UpdateRunStatusBodySeed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateRunStatusBodySeed {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateRunStatusBodySeed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
