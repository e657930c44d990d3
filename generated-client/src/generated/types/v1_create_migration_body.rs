//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1CreateMigrationBody`.

crate::runtime::object! {
    /// Schema: `V1CreateMigrationBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1CreateMigrationBody {
        pub name: Option<String>,
        #[wire(required)]
        pub query: String,
        pub rollback: Option<String>,
    }
}
