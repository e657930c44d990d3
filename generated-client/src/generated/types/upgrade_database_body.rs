//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpgradeDatabaseBody`.

use serde::{Deserialize, Serialize};

/// `UpgradeDatabaseBody`
///
/// Schema: `#/components/schemas/UpgradeDatabaseBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpgradeDatabaseBody {
    /// `release_channel`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_channel: Option<UpgradeDatabaseBodyReleaseChannel>,
    /// `target_version`
    pub target_version: String,
}

impl<'de> Deserialize<'de> for UpgradeDatabaseBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpgradeDatabaseBody {
    const EXPECTING: &'static str = "struct UpgradeDatabaseBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<UpgradeDatabaseBodyReleaseChannel>> = None;
        let mut field_1: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "release_channel" => map.fill(&mut field_0),
                "target_version" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpgradeDatabaseBody {
            release_channel: Option::flatten(field_0),
            target_version: crate::runtime::required(field_1, "target_version")?,
        })
    }
}

impl UpgradeDatabaseBody {
    /// A value with the required fields (`target_version`) set and every optional field absent.
    pub fn new(target_version: impl Into<String>) -> Self {
        Self {
            release_channel: None,
            target_version: target_version.into(),
        }
    }
}

/// `UpgradeDatabaseBodyReleaseChannel`
///
/// Schema: `#/components/schemas/UpgradeDatabaseBody/properties/release_channel`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpgradeDatabaseBodyReleaseChannel {
    /// `internal`
    Internal,
    /// `alpha`
    Alpha,
    /// `beta`
    Beta,
    /// `ga`
    Ga,
    /// `withdrawn`
    Withdrawn,
    /// `preview`
    Preview,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl UpgradeDatabaseBodyReleaseChannel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Internal => "internal",
            Self::Alpha => "alpha",
            Self::Beta => "beta",
            Self::Ga => "ga",
            Self::Withdrawn => "withdrawn",
            Self::Preview => "preview",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpgradeDatabaseBodyReleaseChannel {
    fn from(value: &str) -> Self {
        match value {
            "internal" => Self::Internal,
            "alpha" => Self::Alpha,
            "beta" => Self::Beta,
            "ga" => Self::Ga,
            "withdrawn" => Self::Withdrawn,
            "preview" => Self::Preview,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for UpgradeDatabaseBodyReleaseChannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpgradeDatabaseBodyReleaseChannel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpgradeDatabaseBodyReleaseChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
