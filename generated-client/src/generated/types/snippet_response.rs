//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SnippetResponse`.

use serde::{Deserialize, Serialize};

/// `SnippetResponse`
///
/// Schema: `#/components/schemas/SnippetResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for SnippetResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for SnippetResponse {
    const EXPECTING: &'static str = "struct SnippetResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<SnippetResponseContent> = None;
        let mut field_1: Option<Option<String>> = None;
        let mut field_2: Option<bool> = None;
        let mut field_3: Option<String> = None;
        let mut field_4: Option<String> = None;
        let mut field_5: Option<String> = None;
        let mut field_6: Option<SnippetResponseOwner> = None;
        let mut field_7: Option<SnippetResponseProject> = None;
        let mut field_8: Option<SnippetResponseType> = None;
        let mut field_9: Option<String> = None;
        let mut field_10: Option<SnippetResponseUpdatedBy> = None;
        let mut field_11: Option<SnippetResponseVisibility> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "content" => map.fill(&mut field_0),
                "description" => map.fill(&mut field_1),
                "favorite" => map.fill(&mut field_2),
                "id" => map.fill(&mut field_3),
                "inserted_at" => map.fill(&mut field_4),
                "name" => map.fill(&mut field_5),
                "owner" => map.fill(&mut field_6),
                "project" => map.fill(&mut field_7),
                "type" => map.fill(&mut field_8),
                "updated_at" => map.fill(&mut field_9),
                "updated_by" => map.fill(&mut field_10),
                "visibility" => map.fill(&mut field_11),
                _ => map.skip(),
            };
            read?;
        }
        Ok(SnippetResponse {
            content: crate::runtime::required(field_0, "content")?,
            description: Option::flatten(field_1),
            favorite: crate::runtime::required(field_2, "favorite")?,
            id: crate::runtime::required(field_3, "id")?,
            inserted_at: crate::runtime::required(field_4, "inserted_at")?,
            name: crate::runtime::required(field_5, "name")?,
            owner: crate::runtime::required(field_6, "owner")?,
            project: crate::runtime::required(field_7, "project")?,
            r#type: crate::runtime::required(field_8, "type")?,
            updated_at: crate::runtime::required(field_9, "updated_at")?,
            updated_by: crate::runtime::required(field_10, "updated_by")?,
            visibility: crate::runtime::required(field_11, "visibility")?,
        })
    }
}

/// `SnippetResponseContent`
///
/// Schema: `#/components/schemas/SnippetResponse/properties/content`
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for SnippetResponseContent {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for SnippetResponseContent {
    const EXPECTING: &'static str = "struct SnippetResponseContent";
    #[allow(deprecated)]
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<bool>> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "favorite" => map.fill(&mut field_0),
                "schema_version" => map.fill(&mut field_1),
                "sql" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(SnippetResponseContent {
            favorite: Option::flatten(field_0),
            schema_version: crate::runtime::required(field_1, "schema_version")?,
            sql: crate::runtime::required(field_2, "sql")?,
        })
    }
}

/// `SnippetResponseOwner`
///
/// Schema: `#/components/schemas/SnippetResponse/properties/owner`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SnippetResponseOwner {
    /// `id`
    pub id: f64,
    /// `username`
    pub username: String,
}

impl<'de> Deserialize<'de> for SnippetResponseOwner {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for SnippetResponseOwner {
    const EXPECTING: &'static str = "struct SnippetResponseOwner";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<f64> = None;
        let mut field_1: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "id" => map.fill(&mut field_0),
                "username" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(SnippetResponseOwner {
            id: crate::runtime::required(field_0, "id")?,
            username: crate::runtime::required(field_1, "username")?,
        })
    }
}

/// `SnippetResponseProject`
///
/// Schema: `#/components/schemas/SnippetResponse/properties/project`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SnippetResponseProject {
    /// `id`
    pub id: f64,
    /// `name`
    pub name: String,
}

impl<'de> Deserialize<'de> for SnippetResponseProject {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for SnippetResponseProject {
    const EXPECTING: &'static str = "struct SnippetResponseProject";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<f64> = None;
        let mut field_1: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "id" => map.fill(&mut field_0),
                "name" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(SnippetResponseProject {
            id: crate::runtime::required(field_0, "id")?,
            name: crate::runtime::required(field_1, "name")?,
        })
    }
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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SnippetResponseUpdatedBy {
    /// `id`
    pub id: f64,
    /// `username`
    pub username: String,
}

impl<'de> Deserialize<'de> for SnippetResponseUpdatedBy {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for SnippetResponseUpdatedBy {
    const EXPECTING: &'static str = "struct SnippetResponseUpdatedBy";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<f64> = None;
        let mut field_1: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "id" => map.fill(&mut field_0),
                "username" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(SnippetResponseUpdatedBy {
            id: crate::runtime::required(field_0, "id")?,
            username: crate::runtime::required(field_1, "username")?,
        })
    }
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
