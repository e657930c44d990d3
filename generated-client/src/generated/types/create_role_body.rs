//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateRoleBody`.

crate::runtime::object! {
    /// Schema: `CreateRoleBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateRoleBody {
        #[wire(required)]
        pub read_only: bool,
    }
}
