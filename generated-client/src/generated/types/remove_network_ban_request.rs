//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/RemoveNetworkBanRequest`.

crate::runtime::object! {
    /// Schema: `RemoveNetworkBanRequest`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct RemoveNetworkBanRequest {
        pub identifier: Option<String>,
        /// List of IP addresses to unban.
        #[wire(required)]
        pub ipv4_addresses: Vec<String>,
        /// Include requester's public IP in the list of addresses to unban.
        ///
        /// Defaults to `false` on the server.
        pub requester_ip: Option<bool>,
    }
}
