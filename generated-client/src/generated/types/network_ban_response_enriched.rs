//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkBanResponseEnriched`.

crate::runtime::object! {
    /// Schema: `NetworkBanResponseEnriched`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct NetworkBanResponseEnriched {
        #[wire(required)]
        pub banned_ipv4_addresses: Vec<NetworkBanResponseEnrichedBannedIpv4AddressesItem>,
    }
}

crate::runtime::object! {
    /// Schema: `NetworkBanResponseEnriched.banned_ipv4_addresses[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct NetworkBanResponseEnrichedBannedIpv4AddressesItem {
        #[wire(required)]
        pub banned_address: String,
        #[wire(required)]
        pub identifier: String,
        #[wire("type", required)]
        pub type_: String,
    }
}
