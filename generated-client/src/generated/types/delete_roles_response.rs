//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DeleteRolesResponse`.

crate::runtime::object! {
    /// Schema: `DeleteRolesResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DeleteRolesResponse {
        #[wire(required)]
        pub message: DeleteRolesResponseMessage,
    }
}

crate::runtime::open_enum! {
    /// Schema: `DeleteRolesResponse.message`
    #[allow(missing_docs)]
    pub enum DeleteRolesResponseMessage {
        Ok = "ok",
    }
}
