//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateRoleResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/CreateRoleResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateRoleResponse {
        pub password: String,
        pub role: String,
        pub ttl_seconds: i64,
    }
}
