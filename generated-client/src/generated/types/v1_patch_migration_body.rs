//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1PatchMigrationBody`.

crate::runtime::object! {
    /// Schema: `V1PatchMigrationBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct V1PatchMigrationBody {
        pub name: Option<String>,
        pub rollback: Option<String>,
    }
}
