//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1CreateMigrationBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/V1CreateMigrationBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct V1CreateMigrationBody {
        pub name: Option<String>,
        pub query: String,
        pub rollback: Option<String>,
    }
}

impl V1CreateMigrationBody {
    /// A value with the required fields (`query`) set and every optional field absent.
    pub fn new(query: impl Into<String>) -> Self {
        Self {
            name: None,
            query: query.into(),
            rollback: None,
        }
    }
}
