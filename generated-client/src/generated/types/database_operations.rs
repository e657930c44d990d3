//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types declared inline in operations (their parameters, bodies and responses).

crate::runtime::open_enum! {
    /// Schema: `#/paths/~1v1~1snippets/get/parameters/3/schema`
    #[allow(missing_docs)]
    pub enum ListAllSnippetsSortBy {
        Name = "name",
        InsertedAt = "inserted_at",
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/paths/~1v1~1snippets/get/parameters/4/schema`
    #[allow(missing_docs)]
    pub enum ListAllSnippetsSortOrder {
        Asc = "asc",
        Desc = "desc",
    }
}
