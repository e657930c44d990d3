//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/RemoveNetworkBanRequest`.

/// `RemoveNetworkBanRequest`
///
/// Schema: `#/components/schemas/RemoveNetworkBanRequest`
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveNetworkBanRequest {
    /// `identifier`
    pub identifier: Option<String>,
    /// List of IP addresses to unban.
    pub ipv4_addresses: Vec<String>,
    /// Include requester's public IP in the list of addresses to unban.
    ///
    /// Defaults to `false` on the server.
    pub requester_ip: Option<bool>,
}

impl crate::runtime::ToFields for RemoveNetworkBanRequest {
    const NAME: &'static str = "RemoveNetworkBanRequest";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("identifier", &self.identifier)
            .field("ipv4_addresses", &self.ipv4_addresses)
            .optional("requester_ip", &self.requester_ip)
    }
}

impl crate::runtime::FromFields for RemoveNetworkBanRequest {
    const EXPECTING: &'static str = "struct RemoveNetworkBanRequest";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut identifier: Option<String> = None;
        let mut ipv4_addresses: Option<Vec<String>> = None;
        let mut requester_ip: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "identifier" => __map.set(&mut identifier),
                "ipv4_addresses" => __map.fill(&mut ipv4_addresses),
                "requester_ip" => __map.set(&mut requester_ip),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(RemoveNetworkBanRequest {
            identifier,
            ipv4_addresses: crate::runtime::required(ipv4_addresses, "ipv4_addresses")?,
            requester_ip,
        })
    }
}
crate::runtime::object_serde!(RemoveNetworkBanRequest);

impl RemoveNetworkBanRequest {
    /// A value with the required fields (`ipv4_addresses`) set and every optional field absent.
    pub fn new(ipv4_addresses: Vec<String>) -> Self {
        Self {
            identifier: None,
            ipv4_addresses,
            requester_ip: None,
        }
    }
}
