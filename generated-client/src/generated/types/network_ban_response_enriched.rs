//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkBanResponseEnriched`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/NetworkBanResponseEnriched`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct NetworkBanResponseEnriched {
        pub banned_ipv4_addresses: Vec<NetworkBanResponseEnrichedBannedIpv4AddressesItem>,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/NetworkBanResponseEnriched/properties/banned_ipv4_addresses/items`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct NetworkBanResponseEnrichedBannedIpv4AddressesItem {
        pub banned_address: String,
        pub identifier: String,
        #[wire("type")]
        pub type_: String,
    }
}
