//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BulkUpdateFunctionBody`.

/// Schema: `#/components/schemas/BulkUpdateFunctionBody`
pub type BulkUpdateFunctionBody = Vec<BulkUpdateFunctionBodyItem>;

crate::runtime::object! {
    /// Schema: `#/components/schemas/BulkUpdateFunctionBody/items`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct BulkUpdateFunctionBodyItem {
        pub created_at: Option<i64>,
        pub entrypoint_path: Option<String>,
        pub ezbr_sha256: Option<String>,
        pub id: String,
        pub import_map: Option<bool>,
        pub import_map_path: Option<String>,
        pub name: String,
        pub slug: String,
        pub status: BulkUpdateFunctionBodyItemStatus,
        pub verify_jwt: Option<bool>,
        pub version: i64,
    }
}

impl BulkUpdateFunctionBodyItem {
    /// A value with the required fields (`id`, `name`, `slug`, `status`, `version`) set and every
    /// optional field absent.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        slug: impl Into<String>,
        status: BulkUpdateFunctionBodyItemStatus,
        version: i64,
    ) -> Self {
        Self {
            created_at: None,
            entrypoint_path: None,
            ezbr_sha256: None,
            id: id.into(),
            import_map: None,
            import_map_path: None,
            name: name.into(),
            slug: slug.into(),
            status,
            verify_jwt: None,
            version,
        }
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/BulkUpdateFunctionBody/items/properties/status`
    #[allow(missing_docs)]
    pub enum BulkUpdateFunctionBodyItemStatus {
        Active = "ACTIVE",
        Removed = "REMOVED",
        Throttled = "THROTTLED",
    }
}
