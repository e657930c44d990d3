//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SnippetResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/SnippetResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct SnippetResponse {
        pub content: SnippetResponseContent,
        #[wire(required)]
        pub description: Option<String>,
        pub favorite: bool,
        pub id: String,
        pub inserted_at: String,
        pub name: String,
        pub owner: SnippetResponseOwner,
        pub project: SnippetResponseProject,
        #[wire("type")]
        pub type_: SnippetResponseType,
        pub updated_at: String,
        pub updated_by: SnippetResponseUpdatedBy,
        pub visibility: SnippetResponseVisibility,
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/SnippetResponse/properties/content`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct SnippetResponseContent {
        /// Deprecated: Rely on root-level favorite property instead.
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        pub favorite: Option<bool>,
        pub schema_version: String,
        pub sql: String,
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/SnippetResponse/properties/owner`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct SnippetResponseOwner {
        pub id: f64,
        pub username: String,
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/SnippetResponse/properties/project`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct SnippetResponseProject {
        pub id: f64,
        pub name: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/SnippetResponse/properties/type`
    #[allow(missing_docs)]
    pub enum SnippetResponseType {
        Sql = "sql",
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/SnippetResponse/properties/updated_by`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct SnippetResponseUpdatedBy {
        pub id: f64,
        pub username: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/SnippetResponse/properties/visibility`
    #[allow(missing_docs)]
    pub enum SnippetResponseVisibility {
        User = "user",
        Project = "project",
        Org = "org",
        Public = "public",
    }
}
