//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkBanResponseEnriched`.

/// `NetworkBanResponseEnriched`
///
/// Schema: `#/components/schemas/NetworkBanResponseEnriched`
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkBanResponseEnriched {
    /// `banned_ipv4_addresses`
    pub banned_ipv4_addresses: Vec<NetworkBanResponseEnrichedBannedIpv4AddressesItem>,
}

impl crate::runtime::ToFields for NetworkBanResponseEnriched {
    const NAME: &'static str = "NetworkBanResponseEnriched";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("banned_ipv4_addresses", &self.banned_ipv4_addresses)
    }
}

impl crate::runtime::FromFields for NetworkBanResponseEnriched {
    const EXPECTING: &'static str = "struct NetworkBanResponseEnriched";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut banned_ipv4_addresses: Option<
            Vec<NetworkBanResponseEnrichedBannedIpv4AddressesItem>,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "banned_ipv4_addresses" => __map.fill(&mut banned_ipv4_addresses),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(NetworkBanResponseEnriched {
            banned_ipv4_addresses: crate::runtime::required(
                banned_ipv4_addresses,
                "banned_ipv4_addresses",
            )?,
        })
    }
}
crate::runtime::object_serde!(NetworkBanResponseEnriched);

/// `NetworkBanResponseEnrichedBannedIpv4AddressesItem`
///
/// Schema: `#/components/schemas/NetworkBanResponseEnriched/properties/banned_ipv4_addresses/items`
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkBanResponseEnrichedBannedIpv4AddressesItem {
    /// `banned_address`
    pub banned_address: String,
    /// `identifier`
    pub identifier: String,
    /// `type`
    pub type_: String,
}

impl crate::runtime::ToFields for NetworkBanResponseEnrichedBannedIpv4AddressesItem {
    const NAME: &'static str = "NetworkBanResponseEnrichedBannedIpv4AddressesItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("banned_address", &self.banned_address)
            .field("identifier", &self.identifier)
            .field("type", &self.type_)
    }
}

impl crate::runtime::FromFields for NetworkBanResponseEnrichedBannedIpv4AddressesItem {
    const EXPECTING: &'static str = "struct NetworkBanResponseEnrichedBannedIpv4AddressesItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut banned_address: Option<String> = None;
        let mut identifier: Option<String> = None;
        let mut type_: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "banned_address" => __map.fill(&mut banned_address),
                "identifier" => __map.fill(&mut identifier),
                "type" => __map.fill(&mut type_),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(NetworkBanResponseEnrichedBannedIpv4AddressesItem {
            banned_address: crate::runtime::required(banned_address, "banned_address")?,
            identifier: crate::runtime::required(identifier, "identifier")?,
            type_: crate::runtime::required(type_, "type")?,
        })
    }
}
crate::runtime::object_serde!(NetworkBanResponseEnrichedBannedIpv4AddressesItem);
