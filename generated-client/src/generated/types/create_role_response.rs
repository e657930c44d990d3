//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateRoleResponse`.

crate::runtime::object! {
    /// Schema: `CreateRoleResponse`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateRoleResponse {
        #[wire(required)]
        pub password: String,
        #[wire(required)]
        pub role: String,
        #[wire(required)]
        pub ttl_seconds: i64,
    }
}

impl std::fmt::Debug for CreateRoleResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateRoleResponse")
            .field("password", &format_args!("[redacted]"))
            .field("role", &self.role)
            .field("ttl_seconds", &self.ttl_seconds)
            .finish()
    }
}
