//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateRoleBody`.

use serde::{Deserialize, Serialize};

/// `CreateRoleBody`
///
/// Schema: `#/components/schemas/CreateRoleBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateRoleBody {
    /// `read_only`
    pub read_only: bool,
}

impl<'de> Deserialize<'de> for CreateRoleBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for CreateRoleBody {
    const EXPECTING: &'static str = "struct CreateRoleBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<bool> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "read_only" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(CreateRoleBody {
            read_only: crate::runtime::required(field_0, "read_only")?,
        })
    }
}

impl CreateRoleBody {
    /// A value with the required fields (`read_only`) set and every optional field absent.
    pub fn new(read_only: bool) -> Self {
        Self { read_only }
    }
}
