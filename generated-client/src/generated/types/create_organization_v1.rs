//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateOrganizationV1`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/CreateOrganizationV1`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateOrganizationV1 {
        pub name: String,
    }
}

impl CreateOrganizationV1 {
    /// A value with the required fields (`name`) set and every optional field absent.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}
