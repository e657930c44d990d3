//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SnippetResponse`.

use serde::{Deserialize, Serialize};

/// `SnippetResponse`
///
/// Schema: `#/components/schemas/SnippetResponse`
#[derive(Debug, Clone, PartialEq)]
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
    pub type_: SnippetResponseType,
    /// `updated_at`
    pub updated_at: String,
    /// `updated_by`
    pub updated_by: SnippetResponseUpdatedBy,
    /// `visibility`
    pub visibility: SnippetResponseVisibility,
}

impl crate::runtime::ToFields for SnippetResponse {
    const NAME: &'static str = "SnippetResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("content", &self.content)
            .field("description", &self.description)
            .field("favorite", &self.favorite)
            .field("id", &self.id)
            .field("inserted_at", &self.inserted_at)
            .field("name", &self.name)
            .field("owner", &self.owner)
            .field("project", &self.project)
            .field("type", &self.type_)
            .field("updated_at", &self.updated_at)
            .field("updated_by", &self.updated_by)
            .field("visibility", &self.visibility)
    }
}

impl crate::runtime::FromFields for SnippetResponse {
    const EXPECTING: &'static str = "struct SnippetResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut content: Option<SnippetResponseContent> = None;
        let mut description: Option<String> = None;
        let mut favorite: Option<bool> = None;
        let mut id: Option<String> = None;
        let mut inserted_at: Option<String> = None;
        let mut name: Option<String> = None;
        let mut owner: Option<SnippetResponseOwner> = None;
        let mut project: Option<SnippetResponseProject> = None;
        let mut type_: Option<SnippetResponseType> = None;
        let mut updated_at: Option<String> = None;
        let mut updated_by: Option<SnippetResponseUpdatedBy> = None;
        let mut visibility: Option<SnippetResponseVisibility> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "content" => __map.fill(&mut content),
                "description" => __map.set(&mut description),
                "favorite" => __map.fill(&mut favorite),
                "id" => __map.fill(&mut id),
                "inserted_at" => __map.fill(&mut inserted_at),
                "name" => __map.fill(&mut name),
                "owner" => __map.fill(&mut owner),
                "project" => __map.fill(&mut project),
                "type" => __map.fill(&mut type_),
                "updated_at" => __map.fill(&mut updated_at),
                "updated_by" => __map.fill(&mut updated_by),
                "visibility" => __map.fill(&mut visibility),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(SnippetResponse {
            content: crate::runtime::required(content, "content")?,
            description,
            favorite: crate::runtime::required(favorite, "favorite")?,
            id: crate::runtime::required(id, "id")?,
            inserted_at: crate::runtime::required(inserted_at, "inserted_at")?,
            name: crate::runtime::required(name, "name")?,
            owner: crate::runtime::required(owner, "owner")?,
            project: crate::runtime::required(project, "project")?,
            type_: crate::runtime::required(type_, "type")?,
            updated_at: crate::runtime::required(updated_at, "updated_at")?,
            updated_by: crate::runtime::required(updated_by, "updated_by")?,
            visibility: crate::runtime::required(visibility, "visibility")?,
        })
    }
}
crate::runtime::object_serde!(SnippetResponse);

/// `SnippetResponseContent`
///
/// Schema: `#/components/schemas/SnippetResponse/properties/content`
#[derive(Debug, Clone, PartialEq)]
pub struct SnippetResponseContent {
    /// Deprecated: Rely on root-level favorite property instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub favorite: Option<bool>,
    /// `schema_version`
    pub schema_version: String,
    /// `sql`
    pub sql: String,
}

impl crate::runtime::ToFields for SnippetResponseContent {
    const NAME: &'static str = "SnippetResponseContent";
    const ADDITIONAL: bool = false;
    #[allow(deprecated)]
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("favorite", &self.favorite)
            .field("schema_version", &self.schema_version)
            .field("sql", &self.sql)
    }
}

impl crate::runtime::FromFields for SnippetResponseContent {
    const EXPECTING: &'static str = "struct SnippetResponseContent";
    #[allow(deprecated)]
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut favorite: Option<bool> = None;
        let mut schema_version: Option<String> = None;
        let mut sql: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "favorite" => __map.set(&mut favorite),
                "schema_version" => __map.fill(&mut schema_version),
                "sql" => __map.fill(&mut sql),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(SnippetResponseContent {
            favorite,
            schema_version: crate::runtime::required(schema_version, "schema_version")?,
            sql: crate::runtime::required(sql, "sql")?,
        })
    }
}
crate::runtime::object_serde!(SnippetResponseContent);

/// `SnippetResponseOwner`
///
/// Schema: `#/components/schemas/SnippetResponse/properties/owner`
#[derive(Debug, Clone, PartialEq)]
pub struct SnippetResponseOwner {
    /// `id`
    pub id: f64,
    /// `username`
    pub username: String,
}

impl crate::runtime::ToFields for SnippetResponseOwner {
    const NAME: &'static str = "SnippetResponseOwner";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("id", &self.id).field("username", &self.username)
    }
}

impl crate::runtime::FromFields for SnippetResponseOwner {
    const EXPECTING: &'static str = "struct SnippetResponseOwner";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut id: Option<f64> = None;
        let mut username: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "id" => __map.fill(&mut id),
                "username" => __map.fill(&mut username),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(SnippetResponseOwner {
            id: crate::runtime::required(id, "id")?,
            username: crate::runtime::required(username, "username")?,
        })
    }
}
crate::runtime::object_serde!(SnippetResponseOwner);

/// `SnippetResponseProject`
///
/// Schema: `#/components/schemas/SnippetResponse/properties/project`
#[derive(Debug, Clone, PartialEq)]
pub struct SnippetResponseProject {
    /// `id`
    pub id: f64,
    /// `name`
    pub name: String,
}

impl crate::runtime::ToFields for SnippetResponseProject {
    const NAME: &'static str = "SnippetResponseProject";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("id", &self.id).field("name", &self.name)
    }
}

impl crate::runtime::FromFields for SnippetResponseProject {
    const EXPECTING: &'static str = "struct SnippetResponseProject";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut id: Option<f64> = None;
        let mut name: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "id" => __map.fill(&mut id),
                "name" => __map.fill(&mut name),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(SnippetResponseProject {
            id: crate::runtime::required(id, "id")?,
            name: crate::runtime::required(name, "name")?,
        })
    }
}
crate::runtime::object_serde!(SnippetResponseProject);

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
#[derive(Debug, Clone, PartialEq)]
pub struct SnippetResponseUpdatedBy {
    /// `id`
    pub id: f64,
    /// `username`
    pub username: String,
}

impl crate::runtime::ToFields for SnippetResponseUpdatedBy {
    const NAME: &'static str = "SnippetResponseUpdatedBy";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("id", &self.id).field("username", &self.username)
    }
}

impl crate::runtime::FromFields for SnippetResponseUpdatedBy {
    const EXPECTING: &'static str = "struct SnippetResponseUpdatedBy";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut id: Option<f64> = None;
        let mut username: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "id" => __map.fill(&mut id),
                "username" => __map.fill(&mut username),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(SnippetResponseUpdatedBy {
            id: crate::runtime::required(id, "id")?,
            username: crate::runtime::required(username, "username")?,
        })
    }
}
crate::runtime::object_serde!(SnippetResponseUpdatedBy);

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
