//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/VanitySubdomainBody`.

crate::runtime::object! {
    /// Schema: `VanitySubdomainBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct VanitySubdomainBody {
        #[wire(required)]
        pub vanity_subdomain: String,
    }
}
