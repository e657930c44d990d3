//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/VanitySubdomainBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/VanitySubdomainBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct VanitySubdomainBody {
        pub vanity_subdomain: String,
    }
}

impl VanitySubdomainBody {
    /// A value with the required fields (`vanity_subdomain`) set and every optional field absent.
    pub fn new(vanity_subdomain: impl Into<String>) -> Self {
        Self {
            vanity_subdomain: vanity_subdomain.into(),
        }
    }
}
