//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SnippetList`.

crate::runtime::object! {
    /// Schema: `SnippetList`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SnippetList {
        pub cursor: Option<String>,
        #[wire(required)]
        pub data: Vec<SnippetListDataItem>,
    }
}

crate::runtime::object! {
    /// Schema: `SnippetList.data[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SnippetListDataItem {
        #[wire(required)]
        pub description: Option<String>,
        #[wire(required)]
        pub favorite: bool,
        #[wire(required)]
        pub id: String,
        #[wire(required)]
        pub inserted_at: String,
        #[wire(required)]
        pub name: String,
        #[wire(required)]
        pub owner: SnippetListDataItemOwner,
        #[wire(required)]
        pub project: SnippetListDataItemProject,
        #[wire("type", required)]
        pub type_: SnippetListDataItemType,
        #[wire(required)]
        pub updated_at: String,
        #[wire(required)]
        pub updated_by: SnippetListDataItemUpdatedBy,
        #[wire(required)]
        pub visibility: SnippetListDataItemVisibility,
    }
}

crate::runtime::object! {
    /// Schema: `SnippetList.data[].owner`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SnippetListDataItemOwner {
        #[wire(required)]
        pub id: f64,
        #[wire(required)]
        pub username: String,
    }
}

crate::runtime::object! {
    /// Schema: `SnippetList.data[].project`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SnippetListDataItemProject {
        #[wire(required)]
        pub id: f64,
        #[wire(required)]
        pub name: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `SnippetList.data[].type`
    #[allow(missing_docs)]
    pub enum SnippetListDataItemType {
        Sql = "sql",
    }
}

crate::runtime::object! {
    /// Schema: `SnippetList.data[].updated_by`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SnippetListDataItemUpdatedBy {
        #[wire(required)]
        pub id: f64,
        #[wire(required)]
        pub username: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `SnippetList.data[].visibility`
    #[allow(missing_docs)]
    pub enum SnippetListDataItemVisibility {
        User = "user",
        Project = "project",
        Org = "org",
        Public = "public",
    }
}
