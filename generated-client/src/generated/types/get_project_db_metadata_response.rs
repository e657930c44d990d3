//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/GetProjectDbMetadataResponse`.

use serde::{Deserialize, Serialize};

/// `GetProjectDbMetadataResponse`
///
/// Schema: `#/components/schemas/GetProjectDbMetadataResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GetProjectDbMetadataResponse {
    /// `databases`
    pub databases: Vec<GetProjectDbMetadataResponseDatabasesItem>,
}

impl<'de> Deserialize<'de> for GetProjectDbMetadataResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for GetProjectDbMetadataResponse {
    const EXPECTING: &'static str = "struct GetProjectDbMetadataResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Vec<GetProjectDbMetadataResponseDatabasesItem>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "databases" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(GetProjectDbMetadataResponse {
            databases: crate::runtime::required(field_0, "databases")?,
        })
    }
}

/// `GetProjectDbMetadataResponseDatabasesItem`
///
/// Schema: `#/components/schemas/GetProjectDbMetadataResponse/properties/databases/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GetProjectDbMetadataResponseDatabasesItem {
    /// `name`
    pub name: String,
    /// `schemas`
    pub schemas: Vec<GetProjectDbMetadataResponseDatabasesItemSchemasItem>,
    /// Properties not listed in the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

impl<'de> Deserialize<'de> for GetProjectDbMetadataResponseDatabasesItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for GetProjectDbMetadataResponseDatabasesItem {
    const EXPECTING: &'static str = "struct GetProjectDbMetadataResponseDatabasesItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<
            Vec<GetProjectDbMetadataResponseDatabasesItemSchemasItem>,
        > = None;
        let mut additional = std::collections::BTreeMap::new();
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "name" => map.fill(&mut field_0),
                "schemas" => map.fill(&mut field_1),
                _ => map.keep(key, &mut additional),
            };
            read?;
        }
        Ok(GetProjectDbMetadataResponseDatabasesItem {
            name: crate::runtime::required(field_0, "name")?,
            schemas: crate::runtime::required(field_1, "schemas")?,
            additional_properties: additional,
        })
    }
}

/// `GetProjectDbMetadataResponseDatabasesItemSchemasItem`
///
/// Schema: `#/components/schemas/GetProjectDbMetadataResponse/properties/databases/items/properties/schemas/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GetProjectDbMetadataResponseDatabasesItemSchemasItem {
    /// `name`
    pub name: String,
    /// Properties not listed in the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

impl<'de> Deserialize<'de> for GetProjectDbMetadataResponseDatabasesItemSchemasItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for GetProjectDbMetadataResponseDatabasesItemSchemasItem {
    const EXPECTING: &'static str = "struct GetProjectDbMetadataResponseDatabasesItemSchemasItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut additional = std::collections::BTreeMap::new();
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "name" => map.fill(&mut field_0),
                _ => map.keep(key, &mut additional),
            };
            read?;
        }
        Ok(GetProjectDbMetadataResponseDatabasesItemSchemasItem {
            name: crate::runtime::required(field_0, "name")?,
            additional_properties: additional,
        })
    }
}
