//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/RemoveNetworkBanRequest`.

use serde::{Deserialize, Serialize};

/// `RemoveNetworkBanRequest`
///
/// Schema: `#/components/schemas/RemoveNetworkBanRequest`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RemoveNetworkBanRequest {
    /// `identifier`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// List of IP addresses to unban.
    pub ipv4_addresses: Vec<String>,
    /// Include requester's public IP in the list of addresses to unban.
    ///
    /// Defaults to `false` on the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester_ip: Option<bool>,
}

impl<'de> Deserialize<'de> for RemoveNetworkBanRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for RemoveNetworkBanRequest {
    const EXPECTING: &'static str = "struct RemoveNetworkBanRequest";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<Vec<String>> = None;
        let mut field_2: Option<Option<bool>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "identifier" => map.fill(&mut field_0),
                "ipv4_addresses" => map.fill(&mut field_1),
                "requester_ip" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(RemoveNetworkBanRequest {
            identifier: Option::flatten(field_0),
            ipv4_addresses: crate::runtime::required(field_1, "ipv4_addresses")?,
            requester_ip: Option::flatten(field_2),
        })
    }
}

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
