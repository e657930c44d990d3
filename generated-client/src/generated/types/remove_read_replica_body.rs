//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/RemoveReadReplicaBody`.

use serde::{Deserialize, Serialize};

/// `RemoveReadReplicaBody`
///
/// Schema: `#/components/schemas/RemoveReadReplicaBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RemoveReadReplicaBody {
    /// `database_identifier`
    pub database_identifier: String,
}

impl<'de> Deserialize<'de> for RemoveReadReplicaBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = RemoveReadReplicaBody;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct RemoveReadReplicaBody")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<RemoveReadReplicaBody, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut map = crate::runtime::Fields::new(map);
                while let Some(key) = map.next_key()? {
                    let read = match key.as_str() {
                        "database_identifier" => map.fill(&mut field_0),
                        _ => map.skip(),
                    };
                    read?;
                }
                Ok(RemoveReadReplicaBody {
                    database_identifier: crate::runtime::required(
                        field_0,
                        "database_identifier",
                    )?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

impl RemoveReadReplicaBody {
    /// A value with the required fields (`database_identifier`) set and every optional field absent.
    pub fn new(database_identifier: impl Into<String>) -> Self {
        Self {
            database_identifier: database_identifier.into(),
        }
    }
}
