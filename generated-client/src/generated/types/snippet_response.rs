//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SnippetResponse`.

use serde::{Deserialize, Serialize};

/// `SnippetResponse`
///
/// Schema: `#/components/schemas/SnippetResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnippetResponse {
    /// `content`
    pub content: SnippetResponseContent,
    /// `description`
    pub description: Option<String>,
    /// `favorite`
    pub favorite: bool,
    /// `id`
    pub id: String,
    /// `inserted_at`
    pub inserted_at: String,
    /// `name`
    pub name: String,
    /// `owner`
    pub owner: SnippetResponseOwner,
    /// `project`
    pub project: SnippetResponseProject,
    /// `type`
    pub r#type: SnippetResponseType,
    /// `updated_at`
    pub updated_at: String,
    /// `updated_by`
    pub updated_by: SnippetResponseUpdatedBy,
    /// `visibility`
    pub visibility: SnippetResponseVisibility,
}

/// `SnippetResponseContent`
///
/// Schema: `#/components/schemas/SnippetResponse/properties/content`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnippetResponseContent {
    /// Deprecated: Rely on root-level favorite property instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub favorite: Option<bool>,
    /// `schema_version`
    pub schema_version: String,
    /// `sql`
    pub sql: String,
}

/// `SnippetResponseOwner`
///
/// Schema: `#/components/schemas/SnippetResponse/properties/owner`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnippetResponseOwner {
    /// `id`
    pub id: f64,
    /// `username`
    pub username: String,
}

/// `SnippetResponseProject`
///
/// Schema: `#/components/schemas/SnippetResponse/properties/project`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnippetResponseProject {
    /// `id`
    pub id: f64,
    /// `name`
    pub name: String,
}

/// `SnippetResponseType`
///
/// Schema: `#/components/schemas/SnippetResponse/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SnippetResponseType {
    /// `sql`
    Sql,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl SnippetResponseType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sql => "sql",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SnippetResponseType {
    fn from(value: &str) -> Self {
        match value {
            "sql" => Self::Sql,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for SnippetResponseType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SnippetResponseType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SnippetResponseType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `SnippetResponseUpdatedBy`
///
/// Schema: `#/components/schemas/SnippetResponse/properties/updated_by`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnippetResponseUpdatedBy {
    /// `id`
    pub id: f64,
    /// `username`
    pub username: String,
}

/// `SnippetResponseVisibility`
///
/// Schema: `#/components/schemas/SnippetResponse/properties/visibility`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SnippetResponseVisibility {
    /// `user`
    User,
    /// `project`
    Project,
    /// `org`
    Org,
    /// `public`
    Public,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl SnippetResponseVisibility {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Project => "project",
            Self::Org => "org",
            Self::Public => "public",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SnippetResponseVisibility {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "project" => Self::Project,
            "org" => Self::Org,
            "public" => Self::Public,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for SnippetResponseVisibility {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SnippetResponseVisibility {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SnippetResponseVisibility {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
