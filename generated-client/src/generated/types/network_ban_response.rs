//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkBanResponse`.

use serde::{Deserialize, Serialize};

/// `NetworkBanResponse`
///
/// Schema: `#/components/schemas/NetworkBanResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NetworkBanResponse {
    /// `banned_ipv4_addresses`
    pub banned_ipv4_addresses: Vec<String>,
}

impl<'de> Deserialize<'de> for NetworkBanResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for NetworkBanResponse {
    const EXPECTING: &'static str = "struct NetworkBanResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Vec<String>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "banned_ipv4_addresses" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(NetworkBanResponse {
            banned_ipv4_addresses: crate::runtime::required(
                field_0,
                "banned_ipv4_addresses",
            )?,
        })
    }
}
