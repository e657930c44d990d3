//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/AuthorizeJitAccessBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/AuthorizeJitAccessBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct AuthorizeJitAccessBody {
        pub rhost: String,
        pub role: String,
    }
}

impl AuthorizeJitAccessBody {
    /// A value with the required fields (`rhost`, `role`) set and every optional field absent.
    pub fn new(rhost: impl Into<String>, role: impl Into<String>) -> Self {
        Self {
            rhost: rhost.into(),
            role: role.into(),
        }
    }
}
