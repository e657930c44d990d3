//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ProjectUpgradeInitiateResponse`.

use serde::{Deserialize, Serialize};

/// `ProjectUpgradeInitiateResponse`
///
/// Schema: `#/components/schemas/ProjectUpgradeInitiateResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProjectUpgradeInitiateResponse {
    /// `tracking_id`
    pub tracking_id: String,
}

impl<'de> Deserialize<'de> for ProjectUpgradeInitiateResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for ProjectUpgradeInitiateResponse {
    const EXPECTING: &'static str = "struct ProjectUpgradeInitiateResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "tracking_id" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(ProjectUpgradeInitiateResponse {
            tracking_id: crate::runtime::required(field_0, "tracking_id")?,
        })
    }
}
