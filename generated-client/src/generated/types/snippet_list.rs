//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SnippetList`.

use serde::{Deserialize, Serialize};

/// `SnippetList`
///
/// Schema: `#/components/schemas/SnippetList`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SnippetList {
    /// `cursor`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// `data`
    pub data: Vec<SnippetListDataItem>,
}

impl<'de> Deserialize<'de> for SnippetList {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for SnippetList {
    const EXPECTING: &'static str = "struct SnippetList";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<Vec<SnippetListDataItem>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "cursor" => map.fill(&mut field_0),
                "data" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(SnippetList {
            cursor: Option::flatten(field_0),
            data: crate::runtime::required(field_1, "data")?,
        })
    }
}

/// `SnippetListDataItem`
///
/// Schema: `#/components/schemas/SnippetList/properties/data/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for SnippetListDataItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for SnippetListDataItem {
    const EXPECTING: &'static str = "struct SnippetListDataItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<bool> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<String> = None;
        let mut field_4: Option<String> = None;
        let mut field_5: Option<SnippetListDataItemOwner> = None;
        let mut field_6: Option<SnippetListDataItemProject> = None;
        let mut field_7: Option<SnippetListDataItemType> = None;
        let mut field_8: Option<String> = None;
        let mut field_9: Option<SnippetListDataItemUpdatedBy> = None;
        let mut field_10: Option<SnippetListDataItemVisibility> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "description" => map.fill(&mut field_0),
                "favorite" => map.fill(&mut field_1),
                "id" => map.fill(&mut field_2),
                "inserted_at" => map.fill(&mut field_3),
                "name" => map.fill(&mut field_4),
                "owner" => map.fill(&mut field_5),
                "project" => map.fill(&mut field_6),
                "type" => map.fill(&mut field_7),
                "updated_at" => map.fill(&mut field_8),
                "updated_by" => map.fill(&mut field_9),
                "visibility" => map.fill(&mut field_10),
                _ => map.skip(),
            };
            read?;
        }
        Ok(SnippetListDataItem {
            description: Option::flatten(field_0),
            favorite: crate::runtime::required(field_1, "favorite")?,
            id: crate::runtime::required(field_2, "id")?,
            inserted_at: crate::runtime::required(field_3, "inserted_at")?,
            name: crate::runtime::required(field_4, "name")?,
            owner: crate::runtime::required(field_5, "owner")?,
            project: crate::runtime::required(field_6, "project")?,
            r#type: crate::runtime::required(field_7, "type")?,
            updated_at: crate::runtime::required(field_8, "updated_at")?,
            updated_by: crate::runtime::required(field_9, "updated_by")?,
            visibility: crate::runtime::required(field_10, "visibility")?,
        })
    }
}

/// `SnippetListDataItemOwner`
///
/// Schema: `#/components/schemas/SnippetList/properties/data/items/properties/owner`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SnippetListDataItemOwner {
    /// `id`
    pub id: f64,
    /// `username`
    pub username: String,
}

impl<'de> Deserialize<'de> for SnippetListDataItemOwner {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for SnippetListDataItemOwner {
    const EXPECTING: &'static str = "struct SnippetListDataItemOwner";
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
        Ok(SnippetListDataItemOwner {
            id: crate::runtime::required(field_0, "id")?,
            username: crate::runtime::required(field_1, "username")?,
        })
    }
}

/// `SnippetListDataItemProject`
///
/// Schema: `#/components/schemas/SnippetList/properties/data/items/properties/project`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SnippetListDataItemProject {
    /// `id`
    pub id: f64,
    /// `name`
    pub name: String,
}

impl<'de> Deserialize<'de> for SnippetListDataItemProject {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for SnippetListDataItemProject {
    const EXPECTING: &'static str = "struct SnippetListDataItemProject";
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
        Ok(SnippetListDataItemProject {
            id: crate::runtime::required(field_0, "id")?,
            name: crate::runtime::required(field_1, "name")?,
        })
    }
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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SnippetListDataItemUpdatedBy {
    /// `id`
    pub id: f64,
    /// `username`
    pub username: String,
}

impl<'de> Deserialize<'de> for SnippetListDataItemUpdatedBy {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for SnippetListDataItemUpdatedBy {
    const EXPECTING: &'static str = "struct SnippetListDataItemUpdatedBy";
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
        Ok(SnippetListDataItemUpdatedBy {
            id: crate::runtime::required(field_0, "id")?,
            username: crate::runtime::required(field_1, "username")?,
        })
    }
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
