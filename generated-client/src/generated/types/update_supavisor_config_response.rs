//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateSupavisorConfigResponse`.

use serde::{Deserialize, Serialize};

/// `UpdateSupavisorConfigResponse`
///
/// Schema: `#/components/schemas/UpdateSupavisorConfigResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateSupavisorConfigResponse {
    /// `default_pool_size`
    pub default_pool_size: Option<i64>,
    /// `pool_mode`
    pub pool_mode: String,
}

impl<'de> Deserialize<'de> for UpdateSupavisorConfigResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateSupavisorConfigResponse {
    const EXPECTING: &'static str = "struct UpdateSupavisorConfigResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<i64>> = None;
        let mut field_1: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "default_pool_size" => map.fill(&mut field_0),
                "pool_mode" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateSupavisorConfigResponse {
            default_pool_size: Option::flatten(field_0),
            pool_mode: crate::runtime::required(field_1, "pool_mode")?,
        })
    }
}
