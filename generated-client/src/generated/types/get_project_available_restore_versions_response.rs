//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/GetProjectAvailableRestoreVersionsResponse`.

use serde::{Deserialize, Serialize};

/// `GetProjectAvailableRestoreVersionsResponse`
///
/// Schema: `#/components/schemas/GetProjectAvailableRestoreVersionsResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct GetProjectAvailableRestoreVersionsResponse {
    /// `available_versions`
    pub available_versions: Vec<
        GetProjectAvailableRestoreVersionsResponseAvailableVersionsItem,
    >,
}

impl crate::runtime::ToFields for GetProjectAvailableRestoreVersionsResponse {
    const NAME: &'static str = "GetProjectAvailableRestoreVersionsResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("available_versions", &self.available_versions)
    }
}

impl crate::runtime::FromFields for GetProjectAvailableRestoreVersionsResponse {
    const EXPECTING: &'static str = "struct GetProjectAvailableRestoreVersionsResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut available_versions: Option<
            Vec<GetProjectAvailableRestoreVersionsResponseAvailableVersionsItem>,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "available_versions" => __map.fill(&mut available_versions),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(GetProjectAvailableRestoreVersionsResponse {
            available_versions: crate::runtime::required(
                available_versions,
                "available_versions",
            )?,
        })
    }
}
crate::runtime::object_serde!(GetProjectAvailableRestoreVersionsResponse);

/// `GetProjectAvailableRestoreVersionsResponseAvailableVersionsItem`
///
/// Schema: `#/components/schemas/GetProjectAvailableRestoreVersionsResponse/properties/available_versions/items`
#[derive(Debug, Clone, PartialEq)]
pub struct GetProjectAvailableRestoreVersionsResponseAvailableVersionsItem {
    /// `postgres_engine`
    pub postgres_engine: GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemPostgresEngine,
    /// `release_channel`
    pub release_channel: GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemReleaseChannel,
    /// `version`
    pub version: String,
}

impl crate::runtime::ToFields
for GetProjectAvailableRestoreVersionsResponseAvailableVersionsItem {
    const NAME: &'static str = "GetProjectAvailableRestoreVersionsResponseAvailableVersionsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("postgres_engine", &self.postgres_engine)
            .field("release_channel", &self.release_channel)
            .field("version", &self.version)
    }
}

impl crate::runtime::FromFields
for GetProjectAvailableRestoreVersionsResponseAvailableVersionsItem {
    const EXPECTING: &'static str = "struct GetProjectAvailableRestoreVersionsResponseAvailableVersionsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut postgres_engine: Option<
            GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemPostgresEngine,
        > = None;
        let mut release_channel: Option<
            GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemReleaseChannel,
        > = None;
        let mut version: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "postgres_engine" => __map.fill(&mut postgres_engine),
                "release_channel" => __map.fill(&mut release_channel),
                "version" => __map.fill(&mut version),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(GetProjectAvailableRestoreVersionsResponseAvailableVersionsItem {
            postgres_engine: crate::runtime::required(
                postgres_engine,
                "postgres_engine",
            )?,
            release_channel: crate::runtime::required(
                release_channel,
                "release_channel",
            )?,
            version: crate::runtime::required(version, "version")?,
        })
    }
}
crate::runtime::object_serde!(
    GetProjectAvailableRestoreVersionsResponseAvailableVersionsItem
);

/// `GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemPostgresEngine`
///
/// Schema: `#/components/schemas/GetProjectAvailableRestoreVersionsResponse/properties/available_versions/items/properties/postgres_engine`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemPostgresEngine {
    /// `13`
    V13,
    /// `14`
    V14,
    /// `15`
    V15,
    /// `17`
    V17,
    /// `17-oriole`
    V17Oriole,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemPostgresEngine {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V13 => "13",
            Self::V14 => "14",
            Self::V15 => "15",
            Self::V17 => "17",
            Self::V17Oriole => "17-oriole",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str>
for GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemPostgresEngine {
    fn from(value: &str) -> Self {
        match value {
            "13" => Self::V13,
            "14" => Self::V14,
            "15" => Self::V15,
            "17" => Self::V17,
            "17-oriole" => Self::V17Oriole,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display
for GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemPostgresEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize
for GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemPostgresEngine {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemPostgresEngine {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemReleaseChannel`
///
/// Schema: `#/components/schemas/GetProjectAvailableRestoreVersionsResponse/properties/available_versions/items/properties/release_channel`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemReleaseChannel {
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

impl GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemReleaseChannel {
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

impl From<&str>
for GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemReleaseChannel {
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

impl std::fmt::Display
for GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemReleaseChannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize
for GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemReleaseChannel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemReleaseChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
