//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkBanResponseEnriched`.

use serde::{Deserialize, Serialize};

/// `NetworkBanResponseEnriched`
///
/// Schema: `#/components/schemas/NetworkBanResponseEnriched`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NetworkBanResponseEnriched {
    /// `banned_ipv4_addresses`
    pub banned_ipv4_addresses: Vec<NetworkBanResponseEnrichedBannedIpv4AddressesItem>,
}

impl<'de> Deserialize<'de> for NetworkBanResponseEnriched {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for NetworkBanResponseEnriched {
    const EXPECTING: &'static str = "struct NetworkBanResponseEnriched";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            Vec<NetworkBanResponseEnrichedBannedIpv4AddressesItem>,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "banned_ipv4_addresses" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(NetworkBanResponseEnriched {
            banned_ipv4_addresses: crate::runtime::required(
                field_0,
                "banned_ipv4_addresses",
            )?,
        })
    }
}

/// `NetworkBanResponseEnrichedBannedIpv4AddressesItem`
///
/// Schema: `#/components/schemas/NetworkBanResponseEnriched/properties/banned_ipv4_addresses/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NetworkBanResponseEnrichedBannedIpv4AddressesItem {
    /// `banned_address`
    pub banned_address: String,
    /// `identifier`
    pub identifier: String,
    /// `type`
    pub r#type: String,
}

impl<'de> Deserialize<'de> for NetworkBanResponseEnrichedBannedIpv4AddressesItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for NetworkBanResponseEnrichedBannedIpv4AddressesItem {
    const EXPECTING: &'static str = "struct NetworkBanResponseEnrichedBannedIpv4AddressesItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "banned_address" => map.fill(&mut field_0),
                "identifier" => map.fill(&mut field_1),
                "type" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(NetworkBanResponseEnrichedBannedIpv4AddressesItem {
            banned_address: crate::runtime::required(field_0, "banned_address")?,
            identifier: crate::runtime::required(field_1, "identifier")?,
            r#type: crate::runtime::required(field_2, "type")?,
        })
    }
}
