//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/AuthorizeJitAccessBody`.

crate::runtime::object! {
    /// Schema: `AuthorizeJitAccessBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct AuthorizeJitAccessBody {
        #[wire(required)]
        pub rhost: String,
        #[wire(required)]
        pub role: String,
    }
}
