//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkBanResponseEnriched`.

use serde::{Deserialize, Serialize};

/// `NetworkBanResponseEnriched`
///
/// Schema: `#/components/schemas/NetworkBanResponseEnriched`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkBanResponseEnriched {
    /// `banned_ipv4_addresses`
    pub banned_ipv4_addresses: Vec<NetworkBanResponseEnrichedBannedIpv4AddressesItem>,
}

/// `NetworkBanResponseEnrichedBannedIpv4AddressesItem`
///
/// Schema: `#/components/schemas/NetworkBanResponseEnriched/properties/banned_ipv4_addresses/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkBanResponseEnrichedBannedIpv4AddressesItem {
    /// `banned_address`
    pub banned_address: String,
    /// `identifier`
    pub identifier: String,
    /// `type`
    pub r#type: String,
}
