//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkBanResponse`.

crate::runtime::object! {
    /// Schema: `NetworkBanResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct NetworkBanResponse {
        #[wire(required)]
        pub banned_ipv4_addresses: Vec<String>,
    }
}
