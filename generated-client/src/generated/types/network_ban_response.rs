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
                mut map: __A,
            ) -> Result<NetworkBanResponse, __A::Error> {
                let mut field_0: Option<Vec<String>> = None;
                while let Some(key) = map.next_key::<crate::runtime::FieldKey<'de>>()? {
                    match key.as_str() {
                        "banned_ipv4_addresses" => field_0 = Some(map.next_value()?),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
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
