//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SubdomainAvailabilityResponse`.

crate::runtime::object! {
    /// Schema: `SubdomainAvailabilityResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SubdomainAvailabilityResponse {
        #[wire(required)]
        pub available: bool,
    }
}
