//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DiskAutoscaleConfig`.

use serde::{Deserialize, Serialize};

/// `DiskAutoscaleConfig`
///
/// Schema: `#/components/schemas/DiskAutoscaleConfig`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DiskAutoscaleConfig {
    /// Growth percentage for disk autoscaling
    pub growth_percent: Option<i64>,
    /// Maximum limit the disk size will grow to in GB
    pub max_size_gb: Option<i64>,
    /// Minimum increment size for disk autoscaling in GB
    pub min_increment_gb: Option<i64>,
}

impl<'de> Deserialize<'de> for DiskAutoscaleConfig {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = DiskAutoscaleConfig;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct DiskAutoscaleConfig")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<DiskAutoscaleConfig, __A::Error> {
                let mut field_0: Option<Option<i64>> = None;
                let mut field_1: Option<Option<i64>> = None;
                let mut field_2: Option<Option<i64>> = None;
                let mut map = crate::runtime::Fields::new(map);
                while let Some(key) = map.next_key()? {
                    let read = match key.as_str() {
                        "growth_percent" => map.fill(&mut field_0),
                        "max_size_gb" => map.fill(&mut field_1),
                        "min_increment_gb" => map.fill(&mut field_2),
                        _ => map.skip(),
                    };
                    read?;
                }
                Ok(DiskAutoscaleConfig {
                    growth_percent: Option::flatten(field_0),
                    max_size_gb: Option::flatten(field_1),
                    min_increment_gb: Option::flatten(field_2),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
