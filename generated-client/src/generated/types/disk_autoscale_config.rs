//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DiskAutoscaleConfig`.

/// `DiskAutoscaleConfig`
///
/// Schema: `#/components/schemas/DiskAutoscaleConfig`
#[derive(Debug, Clone, PartialEq)]
pub struct DiskAutoscaleConfig {
    /// Growth percentage for disk autoscaling
    pub growth_percent: Option<i64>,
    /// Maximum limit the disk size will grow to in GB
    pub max_size_gb: Option<i64>,
    /// Minimum increment size for disk autoscaling in GB
    pub min_increment_gb: Option<i64>,
}

impl crate::runtime::ToFields for DiskAutoscaleConfig {
    const NAME: &'static str = "DiskAutoscaleConfig";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("growth_percent", &self.growth_percent)
            .field("max_size_gb", &self.max_size_gb)
            .field("min_increment_gb", &self.min_increment_gb)
    }
}

impl crate::runtime::FromFields for DiskAutoscaleConfig {
    const EXPECTING: &'static str = "struct DiskAutoscaleConfig";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut growth_percent: Option<i64> = None;
        let mut max_size_gb: Option<i64> = None;
        let mut min_increment_gb: Option<i64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "growth_percent" => __map.set(&mut growth_percent),
                "max_size_gb" => __map.set(&mut max_size_gb),
                "min_increment_gb" => __map.set(&mut min_increment_gb),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(DiskAutoscaleConfig {
            growth_percent,
            max_size_gb,
            min_increment_gb,
        })
    }
}
crate::runtime::object_serde!(DiskAutoscaleConfig);
