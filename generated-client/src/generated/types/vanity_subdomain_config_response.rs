//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/VanitySubdomainConfigResponse`.

crate::runtime::object! {
    /// Schema: `VanitySubdomainConfigResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct VanitySubdomainConfigResponse {
        pub custom_domain: Option<String>,
        #[wire(required)]
        pub status: VanitySubdomainConfigResponseStatus,
    }
}

crate::runtime::open_enum! {
    /// Schema: `VanitySubdomainConfigResponse.status`
    #[allow(missing_docs)]
    pub enum VanitySubdomainConfigResponseStatus {
        NotUsed = "not-used",
        CustomDomainUsed = "custom-domain-used",
        Active = "active",
    }
}
