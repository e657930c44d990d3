//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/paths/~1v1~1snippets/get/parameters/3/schema`.

use serde::{Deserialize, Serialize};

/// `ListAllSnippetsSortBy`
///
/// Schema: `#/paths/~1v1~1snippets/get/parameters/3/schema`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListAllSnippetsSortBy {
    /// `name`
    Name,
    /// `inserted_at`
    InsertedAt,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ListAllSnippetsSortBy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Name => "name",
            Self::InsertedAt => "inserted_at",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListAllSnippetsSortBy {
    fn from(value: &str) -> Self {
        match value {
            "name" => Self::Name,
            "inserted_at" => Self::InsertedAt,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for ListAllSnippetsSortBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListAllSnippetsSortBy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ListAllSnippetsSortBy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `ListAllSnippetsSortOrder`
///
/// Schema: `#/paths/~1v1~1snippets/get/parameters/4/schema`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListAllSnippetsSortOrder {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ListAllSnippetsSortOrder {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListAllSnippetsSortOrder {
    fn from(value: &str) -> Self {
        match value {
            "asc" => Self::Asc,
            "desc" => Self::Desc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for ListAllSnippetsSortOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListAllSnippetsSortOrder {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ListAllSnippetsSortOrder {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
