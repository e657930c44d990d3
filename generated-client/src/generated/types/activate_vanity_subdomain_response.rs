//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ActivateVanitySubdomainResponse`.

crate::runtime::object! {
    /// Schema: `ActivateVanitySubdomainResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ActivateVanitySubdomainResponse {
        #[wire(required)]
        pub custom_domain: String,
    }
}
