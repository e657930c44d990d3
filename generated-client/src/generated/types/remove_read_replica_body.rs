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
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for RemoveReadReplicaBody {
    const EXPECTING: &'static str = "struct RemoveReadReplicaBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
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

impl RemoveReadReplicaBody {
    /// A value with the required fields (`database_identifier`) set and every optional field absent.
    pub fn new(database_identifier: impl Into<String>) -> Self {
        Self {
            database_identifier: database_identifier.into(),
        }
    }
}
