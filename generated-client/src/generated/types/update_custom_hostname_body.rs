//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateCustomHostnameBody`.

crate::runtime::object! {
    /// Schema: `UpdateCustomHostnameBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateCustomHostnameBody {
        #[wire(required)]
        pub custom_hostname: String,
    }
}
