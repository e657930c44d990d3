//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BranchActionBody`.

use serde::{Deserialize, Serialize};

/// `BranchActionBody`
///
/// Schema: `#/components/schemas/BranchActionBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BranchActionBody {
    /// `migration_version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub migration_version: Option<String>,
}

impl<'de> Deserialize<'de> for BranchActionBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for BranchActionBody {
    const EXPECTING: &'static str = "struct BranchActionBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "migration_version" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(BranchActionBody {
            migration_version: Option::flatten(field_0),
        })
    }
}
