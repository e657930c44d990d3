//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateRoleBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/CreateRoleBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateRoleBody {
        pub read_only: bool,
    }
}

impl CreateRoleBody {
    /// A value with the required fields (`read_only`) set and every optional field absent.
    pub fn new(read_only: bool) -> Self {
        Self { read_only }
    }
}
