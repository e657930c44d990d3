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
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for DiskAutoscaleConfig {
    const EXPECTING: &'static str = "struct DiskAutoscaleConfig";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<i64>> = None;
        let mut field_1: Option<Option<i64>> = None;
        let mut field_2: Option<Option<i64>> = None;
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
