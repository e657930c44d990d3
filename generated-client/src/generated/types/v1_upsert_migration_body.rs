//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpsertMigrationBody`.

crate::runtime::object! {
    /// Schema: `V1UpsertMigrationBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1UpsertMigrationBody {
        pub name: Option<String>,
        #[wire(required)]
        pub query: String,
        pub rollback: Option<String>,
    }
}
