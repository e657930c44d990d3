//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/JitStateResponse`.

use serde::{Deserialize, Serialize};

/// `JitStateResponse`
///
/// Schema: `#/components/schemas/JitStateResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum JitStateResponse {
    /// The `Unavailable` variant.
    Unavailable(JitStateResponseUnavailable),
    /// The `EnabledOrDisabled` variant.
    EnabledOrDisabled(JitStateResponseEnabledOrDisabled),
}

/// `JitStateResponseEnabledOrDisabled`
///
/// Schema: `#/components/schemas/JitStateResponse/oneOf/0`
#[derive(Debug, Clone, PartialEq)]
pub struct JitStateResponseEnabledOrDisabled {
    /// `appliedSuccessfully`
    pub applied_successfully: Option<bool>,
    /// `state`
    pub state: JitStateResponseEnabledOrDisabledState,
}

impl crate::runtime::ToFields for JitStateResponseEnabledOrDisabled {
    const NAME: &'static str = "JitStateResponseEnabledOrDisabled";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("appliedSuccessfully", &self.applied_successfully)
            .field("state", &self.state)
    }
}

impl crate::runtime::FromFields for JitStateResponseEnabledOrDisabled {
    const EXPECTING: &'static str = "struct JitStateResponseEnabledOrDisabled";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut applied_successfully: Option<bool> = None;
        let mut state: Option<JitStateResponseEnabledOrDisabledState> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "appliedSuccessfully" => __map.set(&mut applied_successfully),
                "state" => __map.fill(&mut state),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(JitStateResponseEnabledOrDisabled {
            applied_successfully,
            state: crate::runtime::required(state, "state")?,
        })
    }
}
crate::runtime::object_serde!(JitStateResponseEnabledOrDisabled);

/// `JitStateResponseEnabledOrDisabledState`
///
/// Schema: `#/components/schemas/JitStateResponse/oneOf/0/properties/state`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JitStateResponseEnabledOrDisabledState {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl JitStateResponseEnabledOrDisabledState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for JitStateResponseEnabledOrDisabledState {
    fn from(value: &str) -> Self {
        match value {
            "enabled" => Self::Enabled,
            "disabled" => Self::Disabled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for JitStateResponseEnabledOrDisabledState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for JitStateResponseEnabledOrDisabledState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for JitStateResponseEnabledOrDisabledState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `JitStateResponseUnavailable`
///
/// Schema: `#/components/schemas/JitStateResponse/oneOf/1`
#[derive(Debug, Clone, PartialEq)]
pub struct JitStateResponseUnavailable {
    /// `state`
    pub state: JitStateResponseUnavailableState,
    /// `unavailableReason`
    pub unavailable_reason: JitStateResponseUnavailableUnavailableReason,
}

impl crate::runtime::ToFields for JitStateResponseUnavailable {
    const NAME: &'static str = "JitStateResponseUnavailable";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("state", &self.state)
            .field("unavailableReason", &self.unavailable_reason)
    }
}

impl crate::runtime::FromFields for JitStateResponseUnavailable {
    const EXPECTING: &'static str = "struct JitStateResponseUnavailable";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut state: Option<JitStateResponseUnavailableState> = None;
        let mut unavailable_reason: Option<
            JitStateResponseUnavailableUnavailableReason,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "state" => __map.fill(&mut state),
                "unavailableReason" => __map.fill(&mut unavailable_reason),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(JitStateResponseUnavailable {
            state: crate::runtime::required(state, "state")?,
            unavailable_reason: crate::runtime::required(
                unavailable_reason,
                "unavailableReason",
            )?,
        })
    }
}
crate::runtime::object_serde!(JitStateResponseUnavailable);

/// `JitStateResponseUnavailableState`
///
/// Schema: `#/components/schemas/JitStateResponse/oneOf/1/properties/state`
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize
)]
pub enum JitStateResponseUnavailableState {
    /// `unavailable`
    #[serde(rename = "unavailable")]
    Unavailable,
}

impl JitStateResponseUnavailableState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Unavailable => "unavailable",
        }
    }
}

impl std::fmt::Display for JitStateResponseUnavailableState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `JitStateResponseUnavailableUnavailableReason`
///
/// Schema: `#/components/schemas/JitStateResponse/oneOf/1/properties/unavailableReason`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JitStateResponseUnavailableUnavailableReason {
    /// `manual_migration_required`
    ManualMigrationRequired,
    /// `postgres_upgrade_required`
    PostgresUpgradeRequired,
    /// `temporarily_unavailable`
    TemporarilyUnavailable,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl JitStateResponseUnavailableUnavailableReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ManualMigrationRequired => "manual_migration_required",
            Self::PostgresUpgradeRequired => "postgres_upgrade_required",
            Self::TemporarilyUnavailable => "temporarily_unavailable",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for JitStateResponseUnavailableUnavailableReason {
    fn from(value: &str) -> Self {
        match value {
            "manual_migration_required" => Self::ManualMigrationRequired,
            "postgres_upgrade_required" => Self::PostgresUpgradeRequired,
            "temporarily_unavailable" => Self::TemporarilyUnavailable,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for JitStateResponseUnavailableUnavailableReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for JitStateResponseUnavailableUnavailableReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for JitStateResponseUnavailableUnavailableReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
