//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SnippetResponse`.

crate::runtime::object! {
    /// Schema: `SnippetResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SnippetResponse {
        #[wire(required)]
        pub content: SnippetResponseContent,
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
        pub owner: SnippetResponseOwner,
        #[wire(required)]
        pub project: SnippetResponseProject,
        #[wire("type", required)]
        pub type_: SnippetResponseType,
        #[wire(required)]
        pub updated_at: String,
        #[wire(required)]
        pub updated_by: SnippetResponseUpdatedBy,
        #[wire(required)]
        pub visibility: SnippetResponseVisibility,
    }
}

crate::runtime::object! {
    /// Schema: `SnippetResponse.content`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SnippetResponseContent {
        /// Deprecated: Rely on root-level favorite property instead.
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        pub favorite: Option<bool>,
        #[wire(required)]
        pub schema_version: String,
        #[wire(required)]
        pub sql: String,
    }
}

crate::runtime::object! {
    /// Schema: `SnippetResponse.owner`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SnippetResponseOwner {
        #[wire(required)]
        pub id: f64,
        #[wire(required)]
        pub username: String,
    }
}

crate::runtime::object! {
    /// Schema: `SnippetResponse.project`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SnippetResponseProject {
        #[wire(required)]
        pub id: f64,
        #[wire(required)]
        pub name: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `SnippetResponse.type`
    #[allow(missing_docs)]
    pub enum SnippetResponseType {
        Sql = "sql",
    }
}

crate::runtime::object! {
    /// Schema: `SnippetResponse.updated_by`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SnippetResponseUpdatedBy {
        #[wire(required)]
        pub id: f64,
        #[wire(required)]
        pub username: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `SnippetResponse.visibility`
    #[allow(missing_docs)]
    pub enum SnippetResponseVisibility {
        User = "user",
        Project = "project",
        Org = "org",
        Public = "public",
    }
}
