//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/GetProjectDbMetadataResponse`.

use serde::{Deserialize, Serialize};

/// `GetProjectDbMetadataResponse`
///
/// Schema: `#/components/schemas/GetProjectDbMetadataResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetProjectDbMetadataResponse {
    /// `databases`
    pub databases: Vec<GetProjectDbMetadataResponseDatabasesItem>,
}

/// `GetProjectDbMetadataResponseDatabasesItem`
///
/// Schema: `#/components/schemas/GetProjectDbMetadataResponse/properties/databases/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetProjectDbMetadataResponseDatabasesItem {
    /// `name`
    pub name: String,
    /// `schemas`
    pub schemas: Vec<GetProjectDbMetadataResponseDatabasesItemSchemasItem>,
    /// Properties not listed in the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

/// `GetProjectDbMetadataResponseDatabasesItemSchemasItem`
///
/// Schema: `#/components/schemas/GetProjectDbMetadataResponse/properties/databases/items/properties/schemas/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetProjectDbMetadataResponseDatabasesItemSchemasItem {
    /// `name`
    pub name: String,
    /// Properties not listed in the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}
