//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/GetProjectDbMetadataResponse`.

crate::runtime::object! {
    /// Schema: `GetProjectDbMetadataResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct GetProjectDbMetadataResponse {
        #[wire(required)]
        pub databases: Vec<GetProjectDbMetadataResponseDatabasesItem>,
    }
}

crate::runtime::object! {
    /// Schema: `GetProjectDbMetadataResponse.databases[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct GetProjectDbMetadataResponseDatabasesItem {
        #[wire(required)]
        pub name: String,
        #[wire(required)]
        pub schemas: Vec<GetProjectDbMetadataResponseDatabasesItemSchemasItem>,
        #[additional]
        /// Properties not listed in the schema.
        pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
    }
}

crate::runtime::object! {
    /// Schema: `GetProjectDbMetadataResponse.databases[].schemas[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct GetProjectDbMetadataResponseDatabasesItemSchemasItem {
        #[wire(required)]
        pub name: String,
        #[additional]
        /// Properties not listed in the schema.
        pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
    }
}
