//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SnippetList`.

use serde::{Deserialize, Serialize};

/// `SnippetList`
///
/// Schema: `#/components/schemas/SnippetList`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnippetList {
    /// `cursor`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// `data`
    pub data: Vec<SnippetListDataItem>,
}

/// `SnippetListDataItem`
///
/// Schema: `#/components/schemas/SnippetList/properties/data/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnippetListDataItem {
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
    pub owner: SnippetListDataItemOwner,
    /// `project`
    pub project: SnippetListDataItemProject,
    /// `type`
    pub r#type: SnippetListDataItemType,
    /// `updated_at`
    pub updated_at: String,
    /// `updated_by`
    pub updated_by: SnippetListDataItemUpdatedBy,
    /// `visibility`
    pub visibility: SnippetListDataItemVisibility,
}

/// `SnippetListDataItemOwner`
///
/// Schema: `#/components/schemas/SnippetList/properties/data/items/properties/owner`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnippetListDataItemOwner {
    /// `id`
    pub id: f64,
    /// `username`
    pub username: String,
}

/// `SnippetListDataItemProject`
///
/// Schema: `#/components/schemas/SnippetList/properties/data/items/properties/project`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnippetListDataItemProject {
    /// `id`
    pub id: f64,
    /// `name`
    pub name: String,
}

/// `SnippetListDataItemType`
///
/// Schema: `#/components/schemas/SnippetList/properties/data/items/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SnippetListDataItemType {
    /// `sql`
    Sql,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl SnippetListDataItemType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sql => "sql",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SnippetListDataItemType {
    fn from(value: &str) -> Self {
        match value {
            "sql" => Self::Sql,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for SnippetListDataItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SnippetListDataItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SnippetListDataItemType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `SnippetListDataItemUpdatedBy`
///
/// Schema: `#/components/schemas/SnippetList/properties/data/items/properties/updated_by`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnippetListDataItemUpdatedBy {
    /// `id`
    pub id: f64,
    /// `username`
    pub username: String,
}

/// `SnippetListDataItemVisibility`
///
/// Schema: `#/components/schemas/SnippetList/properties/data/items/properties/visibility`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SnippetListDataItemVisibility {
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

impl SnippetListDataItemVisibility {
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

impl From<&str> for SnippetListDataItemVisibility {
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

impl std::fmt::Display for SnippetListDataItemVisibility {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SnippetListDataItemVisibility {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SnippetListDataItemVisibility {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
