//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SnippetList`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/SnippetList`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct SnippetList {
        pub cursor: Option<String>,
        pub data: Vec<SnippetListDataItem>,
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/SnippetList/properties/data/items`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct SnippetListDataItem {
        #[wire(required)]
        pub description: Option<String>,
        pub favorite: bool,
        pub id: String,
        pub inserted_at: String,
        pub name: String,
        pub owner: SnippetListDataItemOwner,
        pub project: SnippetListDataItemProject,
        #[wire("type")]
        pub type_: SnippetListDataItemType,
        pub updated_at: String,
        pub updated_by: SnippetListDataItemUpdatedBy,
        pub visibility: SnippetListDataItemVisibility,
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/SnippetList/properties/data/items/properties/owner`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct SnippetListDataItemOwner {
        pub id: f64,
        pub username: String,
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/SnippetList/properties/data/items/properties/project`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct SnippetListDataItemProject {
        pub id: f64,
        pub name: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/SnippetList/properties/data/items/properties/type`
    #[allow(missing_docs)]
    pub enum SnippetListDataItemType {
        Sql = "sql",
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/SnippetList/properties/data/items/properties/updated_by`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct SnippetListDataItemUpdatedBy {
        pub id: f64,
        pub username: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/SnippetList/properties/data/items/properties/visibility`
    #[allow(missing_docs)]
    pub enum SnippetListDataItemVisibility {
        User = "user",
        Project = "project",
        Org = "org",
        Public = "public",
    }
}
