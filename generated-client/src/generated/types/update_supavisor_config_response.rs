//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateSupavisorConfigResponse`.

/// `UpdateSupavisorConfigResponse`
///
/// Schema: `#/components/schemas/UpdateSupavisorConfigResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateSupavisorConfigResponse {
    /// `default_pool_size`
    pub default_pool_size: Option<i64>,
    /// `pool_mode`
    pub pool_mode: String,
}

impl crate::runtime::ToFields for UpdateSupavisorConfigResponse {
    const NAME: &'static str = "UpdateSupavisorConfigResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("default_pool_size", &self.default_pool_size)
            .field("pool_mode", &self.pool_mode)
    }
}

impl crate::runtime::FromFields for UpdateSupavisorConfigResponse {
    const EXPECTING: &'static str = "struct UpdateSupavisorConfigResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut default_pool_size: Option<i64> = None;
        let mut pool_mode: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "default_pool_size" => __map.set(&mut default_pool_size),
                "pool_mode" => __map.fill(&mut pool_mode),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateSupavisorConfigResponse {
            default_pool_size,
            pool_mode: crate::runtime::required(pool_mode, "pool_mode")?,
        })
    }
}
crate::runtime::object_serde!(UpdateSupavisorConfigResponse);
