//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1OrganizationSlugResponse`.

use serde::{Deserialize, Serialize};

/// `V1OrganizationSlugResponse`
///
/// Schema: `#/components/schemas/V1OrganizationSlugResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct V1OrganizationSlugResponse {
    /// `allowed_release_channels`
    pub allowed_release_channels: Vec<
        V1OrganizationSlugResponseAllowedReleaseChannelsItem,
    >,
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `opt_in_tags`
    pub opt_in_tags: Vec<V1OrganizationSlugResponseOptInTagsItem>,
    /// `plan`
    pub plan: Option<V1OrganizationSlugResponsePlan>,
}

impl crate::runtime::ToFields for V1OrganizationSlugResponse {
    const NAME: &'static str = "V1OrganizationSlugResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("allowed_release_channels", &self.allowed_release_channels)
            .field("id", &self.id)
            .field("name", &self.name)
            .field("opt_in_tags", &self.opt_in_tags)
            .optional("plan", &self.plan)
    }
}

impl crate::runtime::FromFields for V1OrganizationSlugResponse {
    const EXPECTING: &'static str = "struct V1OrganizationSlugResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut allowed_release_channels: Option<
            Vec<V1OrganizationSlugResponseAllowedReleaseChannelsItem>,
        > = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut opt_in_tags: Option<Vec<V1OrganizationSlugResponseOptInTagsItem>> = None;
        let mut plan: Option<V1OrganizationSlugResponsePlan> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "allowed_release_channels" => __map.fill(&mut allowed_release_channels),
                "id" => __map.fill(&mut id),
                "name" => __map.fill(&mut name),
                "opt_in_tags" => __map.fill(&mut opt_in_tags),
                "plan" => __map.set(&mut plan),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1OrganizationSlugResponse {
            allowed_release_channels: crate::runtime::required(
                allowed_release_channels,
                "allowed_release_channels",
            )?,
            id: crate::runtime::required(id, "id")?,
            name: crate::runtime::required(name, "name")?,
            opt_in_tags: crate::runtime::required(opt_in_tags, "opt_in_tags")?,
            plan,
        })
    }
}
crate::runtime::object_serde!(V1OrganizationSlugResponse);

/// `V1OrganizationSlugResponseAllowedReleaseChannelsItem`
///
/// Schema: `#/components/schemas/V1OrganizationSlugResponse/properties/allowed_release_channels/items`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1OrganizationSlugResponseAllowedReleaseChannelsItem {
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

impl V1OrganizationSlugResponseAllowedReleaseChannelsItem {
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

impl From<&str> for V1OrganizationSlugResponseAllowedReleaseChannelsItem {
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

impl std::fmt::Display for V1OrganizationSlugResponseAllowedReleaseChannelsItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1OrganizationSlugResponseAllowedReleaseChannelsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1OrganizationSlugResponseAllowedReleaseChannelsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `V1OrganizationSlugResponseOptInTagsItem`
///
/// Schema: `#/components/schemas/V1OrganizationSlugResponse/properties/opt_in_tags/items`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1OrganizationSlugResponseOptInTagsItem {
    /// `AI_SQL_GENERATOR_OPT_IN`
    AiSqlGeneratorOptIn,
    /// `AI_DATA_GENERATOR_OPT_IN`
    AiDataGeneratorOptIn,
    /// `AI_LOG_GENERATOR_OPT_IN`
    AiLogGeneratorOptIn,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1OrganizationSlugResponseOptInTagsItem {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AiSqlGeneratorOptIn => "AI_SQL_GENERATOR_OPT_IN",
            Self::AiDataGeneratorOptIn => "AI_DATA_GENERATOR_OPT_IN",
            Self::AiLogGeneratorOptIn => "AI_LOG_GENERATOR_OPT_IN",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1OrganizationSlugResponseOptInTagsItem {
    fn from(value: &str) -> Self {
        match value {
            "AI_SQL_GENERATOR_OPT_IN" => Self::AiSqlGeneratorOptIn,
            "AI_DATA_GENERATOR_OPT_IN" => Self::AiDataGeneratorOptIn,
            "AI_LOG_GENERATOR_OPT_IN" => Self::AiLogGeneratorOptIn,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1OrganizationSlugResponseOptInTagsItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1OrganizationSlugResponseOptInTagsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1OrganizationSlugResponseOptInTagsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `V1OrganizationSlugResponsePlan`
///
/// Schema: `#/components/schemas/V1OrganizationSlugResponse/properties/plan`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1OrganizationSlugResponsePlan {
    /// `free`
    Free,
    /// `pro`
    Pro,
    /// `team`
    Team,
    /// `enterprise`
    Enterprise,
    /// `platform`
    Platform,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1OrganizationSlugResponsePlan {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Free => "free",
            Self::Pro => "pro",
            Self::Team => "team",
            Self::Enterprise => "enterprise",
            Self::Platform => "platform",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1OrganizationSlugResponsePlan {
    fn from(value: &str) -> Self {
        match value {
            "free" => Self::Free,
            "pro" => Self::Pro,
            "team" => Self::Team,
            "enterprise" => Self::Enterprise,
            "platform" => Self::Platform,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1OrganizationSlugResponsePlan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1OrganizationSlugResponsePlan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1OrganizationSlugResponsePlan {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
