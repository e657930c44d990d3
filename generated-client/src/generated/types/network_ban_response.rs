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
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = NetworkBanResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct NetworkBanResponse")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<NetworkBanResponse, __A::Error> {
                let mut field_0: Option<Vec<String>> = None;
                let mut map = crate::runtime::Fields::new(map);
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
        deserializer.deserialize_map(__Visitor)
    }
}
