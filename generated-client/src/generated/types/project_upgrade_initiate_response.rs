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
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ProjectUpgradeInitiateResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct ProjectUpgradeInitiateResponse")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<ProjectUpgradeInitiateResponse, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut map = crate::runtime::Fields::new(map);
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
        deserializer.deserialize_map(__Visitor)
    }
}
