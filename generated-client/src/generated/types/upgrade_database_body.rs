//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpgradeDatabaseBody`.

use serde::{Deserialize, Serialize};

/// `UpgradeDatabaseBody`
///
/// Schema: `#/components/schemas/UpgradeDatabaseBody`
#[derive(Debug, Clone, PartialEq)]
pub struct UpgradeDatabaseBody {
    /// `release_channel`
    pub release_channel: Option<UpgradeDatabaseBodyReleaseChannel>,
    /// `target_version`
    pub target_version: String,
}

impl crate::runtime::ToFields for UpgradeDatabaseBody {
    const NAME: &'static str = "UpgradeDatabaseBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("release_channel", &self.release_channel)
            .field("target_version", &self.target_version)
    }
}

impl crate::runtime::FromFields for UpgradeDatabaseBody {
    const EXPECTING: &'static str = "struct UpgradeDatabaseBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut release_channel: Option<UpgradeDatabaseBodyReleaseChannel> = None;
        let mut target_version: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "release_channel" => __map.set(&mut release_channel),
                "target_version" => __map.fill(&mut target_version),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpgradeDatabaseBody {
            release_channel,
            target_version: crate::runtime::required(target_version, "target_version")?,
        })
    }
}
crate::runtime::object_serde!(UpgradeDatabaseBody);

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
