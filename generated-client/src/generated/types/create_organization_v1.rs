//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateOrganizationV1`.

crate::runtime::object! {
    /// Schema: `CreateOrganizationV1`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateOrganizationV1 {
        #[wire(required)]
        pub name: String,
    }
}
