//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkRestrictionsRequest`.

use serde::{Deserialize, Serialize};

/// `NetworkRestrictionsRequest`
///
/// Schema: `#/components/schemas/NetworkRestrictionsRequest`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct NetworkRestrictionsRequest {
    /// `dbAllowedCidrs`
    #[serde(rename = "dbAllowedCidrs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs: Option<Vec<String>>,
    /// `dbAllowedCidrsV6`
    #[serde(rename = "dbAllowedCidrsV6")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs_v6: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for NetworkRestrictionsRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = NetworkRestrictionsRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct NetworkRestrictionsRequest")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<NetworkRestrictionsRequest, __A::Error> {
                let mut field_0: Option<Option<Vec<String>>> = None;
                let mut field_1: Option<Option<Vec<String>>> = None;
                let mut map = crate::runtime::Fields::new(map);
                while let Some(key) = map.next_key()? {
                    let read = match key.as_str() {
                        "dbAllowedCidrs" => map.fill(&mut field_0),
                        "dbAllowedCidrsV6" => map.fill(&mut field_1),
                        _ => map.skip(),
                    };
                    read?;
                }
                Ok(NetworkRestrictionsRequest {
                    db_allowed_cidrs: Option::flatten(field_0),
                    db_allowed_cidrs_v6: Option::flatten(field_1),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
