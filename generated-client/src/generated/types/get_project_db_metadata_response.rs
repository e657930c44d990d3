//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/GetProjectDbMetadataResponse`.

/// `GetProjectDbMetadataResponse`
///
/// Schema: `#/components/schemas/GetProjectDbMetadataResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct GetProjectDbMetadataResponse {
    /// `databases`
    pub databases: Vec<GetProjectDbMetadataResponseDatabasesItem>,
}

impl crate::runtime::ToFields for GetProjectDbMetadataResponse {
    const NAME: &'static str = "GetProjectDbMetadataResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("databases", &self.databases)
    }
}

impl crate::runtime::FromFields for GetProjectDbMetadataResponse {
    const EXPECTING: &'static str = "struct GetProjectDbMetadataResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut databases: Option<Vec<GetProjectDbMetadataResponseDatabasesItem>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "databases" => __map.fill(&mut databases),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(GetProjectDbMetadataResponse {
            databases: crate::runtime::required(databases, "databases")?,
        })
    }
}
crate::runtime::object_serde!(GetProjectDbMetadataResponse);

/// `GetProjectDbMetadataResponseDatabasesItem`
///
/// Schema: `#/components/schemas/GetProjectDbMetadataResponse/properties/databases/items`
#[derive(Debug, Clone, PartialEq)]
pub struct GetProjectDbMetadataResponseDatabasesItem {
    /// `name`
    pub name: String,
    /// `schemas`
    pub schemas: Vec<GetProjectDbMetadataResponseDatabasesItemSchemasItem>,
    /// Properties not listed in the schema.
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

impl crate::runtime::ToFields for GetProjectDbMetadataResponseDatabasesItem {
    const NAME: &'static str = "GetProjectDbMetadataResponseDatabasesItem";
    const ADDITIONAL: bool = true;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("name", &self.name)
            .field("schemas", &self.schemas)
            .additional(&self.additional_properties)
    }
}

impl crate::runtime::FromFields for GetProjectDbMetadataResponseDatabasesItem {
    const EXPECTING: &'static str = "struct GetProjectDbMetadataResponseDatabasesItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut name: Option<String> = None;
        let mut schemas: Option<
            Vec<GetProjectDbMetadataResponseDatabasesItemSchemasItem>,
        > = None;
        let mut additional_properties = std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "name" => __map.fill(&mut name),
                "schemas" => __map.fill(&mut schemas),
                _ => __map.keep(__key, &mut additional_properties),
            };
            __read?;
        }
        Ok(GetProjectDbMetadataResponseDatabasesItem {
            name: crate::runtime::required(name, "name")?,
            schemas: crate::runtime::required(schemas, "schemas")?,
            additional_properties,
        })
    }
}
crate::runtime::object_serde!(GetProjectDbMetadataResponseDatabasesItem);

/// `GetProjectDbMetadataResponseDatabasesItemSchemasItem`
///
/// Schema: `#/components/schemas/GetProjectDbMetadataResponse/properties/databases/items/properties/schemas/items`
#[derive(Debug, Clone, PartialEq)]
pub struct GetProjectDbMetadataResponseDatabasesItemSchemasItem {
    /// `name`
    pub name: String,
    /// Properties not listed in the schema.
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

impl crate::runtime::ToFields for GetProjectDbMetadataResponseDatabasesItemSchemasItem {
    const NAME: &'static str = "GetProjectDbMetadataResponseDatabasesItemSchemasItem";
    const ADDITIONAL: bool = true;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("name", &self.name).additional(&self.additional_properties)
    }
}

impl crate::runtime::FromFields
for GetProjectDbMetadataResponseDatabasesItemSchemasItem {
    const EXPECTING: &'static str = "struct GetProjectDbMetadataResponseDatabasesItemSchemasItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut name: Option<String> = None;
        let mut additional_properties = std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "name" => __map.fill(&mut name),
                _ => __map.keep(__key, &mut additional_properties),
            };
            __read?;
        }
        Ok(GetProjectDbMetadataResponseDatabasesItemSchemasItem {
            name: crate::runtime::required(name, "name")?,
            additional_properties,
        })
    }
}
crate::runtime::object_serde!(GetProjectDbMetadataResponseDatabasesItemSchemasItem);
