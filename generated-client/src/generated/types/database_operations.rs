//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types declared inline in operations (their parameters, bodies and responses).

crate::runtime::open_enum! {
    /// Schema: `GET /v1/snippets parameters[3]`
    #[allow(missing_docs)]
    pub enum ListAllSnippetsSortBy {
        Name = "name",
        InsertedAt = "inserted_at",
    }
}

crate::runtime::open_enum! {
    /// Schema: `GET /v1/snippets parameters[4]`
    #[allow(missing_docs)]
    pub enum ListAllSnippetsSortOrder {
        Asc = "asc",
        Desc = "desc",
    }
}
