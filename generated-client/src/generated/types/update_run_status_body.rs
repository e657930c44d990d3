//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateRunStatusBody`.

use serde::{Deserialize, Serialize};

/// `UpdateRunStatusBody`
///
/// Schema: `#/components/schemas/UpdateRunStatusBody`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateRunStatusBody {
    /// `clone`
    pub clone: Option<UpdateRunStatusBodyClone>,
    /// `configure`
    pub configure: Option<UpdateRunStatusBodyConfigure>,
    /// `deploy`
    pub deploy: Option<UpdateRunStatusBodyDeploy>,
    /// `health`
    pub health: Option<UpdateRunStatusBodyHealth>,
    /// `migrate`
    pub migrate: Option<UpdateRunStatusBodyMigrate>,
    /// `pull`
    pub pull: Option<UpdateRunStatusBodyPull>,
    /// `seed`
    pub seed: Option<UpdateRunStatusBodySeed>,
}

impl crate::runtime::ToFields for UpdateRunStatusBody {
    const NAME: &'static str = "UpdateRunStatusBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("clone", &self.clone)
            .optional("configure", &self.configure)
            .optional("deploy", &self.deploy)
            .optional("health", &self.health)
            .optional("migrate", &self.migrate)
            .optional("pull", &self.pull)
            .optional("seed", &self.seed)
    }
}

impl crate::runtime::FromFields for UpdateRunStatusBody {
    const EXPECTING: &'static str = "struct UpdateRunStatusBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut clone: Option<UpdateRunStatusBodyClone> = None;
        let mut configure: Option<UpdateRunStatusBodyConfigure> = None;
        let mut deploy: Option<UpdateRunStatusBodyDeploy> = None;
        let mut health: Option<UpdateRunStatusBodyHealth> = None;
        let mut migrate: Option<UpdateRunStatusBodyMigrate> = None;
        let mut pull: Option<UpdateRunStatusBodyPull> = None;
        let mut seed: Option<UpdateRunStatusBodySeed> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "clone" => __map.set(&mut clone),
                "configure" => __map.set(&mut configure),
                "deploy" => __map.set(&mut deploy),
                "health" => __map.set(&mut health),
                "migrate" => __map.set(&mut migrate),
                "pull" => __map.set(&mut pull),
                "seed" => __map.set(&mut seed),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateRunStatusBody {
            clone,
            configure,
            deploy,
            health,
            migrate,
            pull,
            seed,
        })
    }
}
crate::runtime::object_serde!(UpdateRunStatusBody);

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
