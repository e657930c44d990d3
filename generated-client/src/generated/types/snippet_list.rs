//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SnippetList`.

use serde::{Deserialize, Serialize};

/// `SnippetList`
///
/// Schema: `#/components/schemas/SnippetList`
#[derive(Debug, Clone, PartialEq)]
pub struct SnippetList {
    /// `cursor`
    pub cursor: Option<String>,
    /// `data`
    pub data: Vec<SnippetListDataItem>,
}

impl crate::runtime::ToFields for SnippetList {
    const NAME: &'static str = "SnippetList";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.optional("cursor", &self.cursor).field("data", &self.data)
    }
}

impl crate::runtime::FromFields for SnippetList {
    const EXPECTING: &'static str = "struct SnippetList";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut cursor: Option<String> = None;
        let mut data: Option<Vec<SnippetListDataItem>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "cursor" => __map.set(&mut cursor),
                "data" => __map.fill(&mut data),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(SnippetList {
            cursor,
            data: crate::runtime::required(data, "data")?,
        })
    }
}
crate::runtime::object_serde!(SnippetList);

/// `SnippetListDataItem`
///
/// Schema: `#/components/schemas/SnippetList/properties/data/items`
#[derive(Debug, Clone, PartialEq)]
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
    pub type_: SnippetListDataItemType,
    /// `updated_at`
    pub updated_at: String,
    /// `updated_by`
    pub updated_by: SnippetListDataItemUpdatedBy,
    /// `visibility`
    pub visibility: SnippetListDataItemVisibility,
}

impl crate::runtime::ToFields for SnippetListDataItem {
    const NAME: &'static str = "SnippetListDataItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
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

impl crate::runtime::FromFields for SnippetListDataItem {
    const EXPECTING: &'static str = "struct SnippetListDataItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut description: Option<String> = None;
        let mut favorite: Option<bool> = None;
        let mut id: Option<String> = None;
        let mut inserted_at: Option<String> = None;
        let mut name: Option<String> = None;
        let mut owner: Option<SnippetListDataItemOwner> = None;
        let mut project: Option<SnippetListDataItemProject> = None;
        let mut type_: Option<SnippetListDataItemType> = None;
        let mut updated_at: Option<String> = None;
        let mut updated_by: Option<SnippetListDataItemUpdatedBy> = None;
        let mut visibility: Option<SnippetListDataItemVisibility> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
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
        Ok(SnippetListDataItem {
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
crate::runtime::object_serde!(SnippetListDataItem);

/// `SnippetListDataItemOwner`
///
/// Schema: `#/components/schemas/SnippetList/properties/data/items/properties/owner`
#[derive(Debug, Clone, PartialEq)]
pub struct SnippetListDataItemOwner {
    /// `id`
    pub id: f64,
    /// `username`
    pub username: String,
}

impl crate::runtime::ToFields for SnippetListDataItemOwner {
    const NAME: &'static str = "SnippetListDataItemOwner";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("id", &self.id).field("username", &self.username)
    }
}

impl crate::runtime::FromFields for SnippetListDataItemOwner {
    const EXPECTING: &'static str = "struct SnippetListDataItemOwner";
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
        Ok(SnippetListDataItemOwner {
            id: crate::runtime::required(id, "id")?,
            username: crate::runtime::required(username, "username")?,
        })
    }
}
crate::runtime::object_serde!(SnippetListDataItemOwner);

/// `SnippetListDataItemProject`
///
/// Schema: `#/components/schemas/SnippetList/properties/data/items/properties/project`
#[derive(Debug, Clone, PartialEq)]
pub struct SnippetListDataItemProject {
    /// `id`
    pub id: f64,
    /// `name`
    pub name: String,
}

impl crate::runtime::ToFields for SnippetListDataItemProject {
    const NAME: &'static str = "SnippetListDataItemProject";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("id", &self.id).field("name", &self.name)
    }
}

impl crate::runtime::FromFields for SnippetListDataItemProject {
    const EXPECTING: &'static str = "struct SnippetListDataItemProject";
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
        Ok(SnippetListDataItemProject {
            id: crate::runtime::required(id, "id")?,
            name: crate::runtime::required(name, "name")?,
        })
    }
}
crate::runtime::object_serde!(SnippetListDataItemProject);

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
#[derive(Debug, Clone, PartialEq)]
pub struct SnippetListDataItemUpdatedBy {
    /// `id`
    pub id: f64,
    /// `username`
    pub username: String,
}

impl crate::runtime::ToFields for SnippetListDataItemUpdatedBy {
    const NAME: &'static str = "SnippetListDataItemUpdatedBy";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("id", &self.id).field("username", &self.username)
    }
}

impl crate::runtime::FromFields for SnippetListDataItemUpdatedBy {
    const EXPECTING: &'static str = "struct SnippetListDataItemUpdatedBy";
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
        Ok(SnippetListDataItemUpdatedBy {
            id: crate::runtime::required(id, "id")?,
            username: crate::runtime::required(username, "username")?,
        })
    }
}
crate::runtime::object_serde!(SnippetListDataItemUpdatedBy);

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
