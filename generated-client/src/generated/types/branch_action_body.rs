//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BranchActionBody`.

crate::runtime::object! {
    /// Schema: `BranchActionBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct BranchActionBody {
        pub migration_version: Option<String>,
    }
}
