//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SslEnforcementRequest`.

/// `SslEnforcementRequest`
///
/// Schema: `#/components/schemas/SslEnforcementRequest`
#[derive(Debug, Clone, PartialEq)]
pub struct SslEnforcementRequest {
    /// `requestedConfig`
    pub requested_config: SslEnforcementRequestRequestedConfig,
}

impl crate::runtime::ToFields for SslEnforcementRequest {
    const NAME: &'static str = "SslEnforcementRequest";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("requestedConfig", &self.requested_config)
    }
}

impl crate::runtime::FromFields for SslEnforcementRequest {
    const EXPECTING: &'static str = "struct SslEnforcementRequest";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut requested_config: Option<SslEnforcementRequestRequestedConfig> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "requestedConfig" => __map.fill(&mut requested_config),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(SslEnforcementRequest {
            requested_config: crate::runtime::required(
                requested_config,
                "requestedConfig",
            )?,
        })
    }
}
crate::runtime::object_serde!(SslEnforcementRequest);

impl SslEnforcementRequest {
    /// A value with the required fields (`requested_config`) set and every optional field absent.
    pub fn new(requested_config: SslEnforcementRequestRequestedConfig) -> Self {
        Self { requested_config }
    }
}

/// `SslEnforcementRequestRequestedConfig`
///
/// Schema: `#/components/schemas/SslEnforcementRequest/properties/requestedConfig`
#[derive(Debug, Clone, PartialEq)]
pub struct SslEnforcementRequestRequestedConfig {
    /// `database`
    pub database: bool,
}

impl crate::runtime::ToFields for SslEnforcementRequestRequestedConfig {
    const NAME: &'static str = "SslEnforcementRequestRequestedConfig";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("database", &self.database)
    }
}

impl crate::runtime::FromFields for SslEnforcementRequestRequestedConfig {
    const EXPECTING: &'static str = "struct SslEnforcementRequestRequestedConfig";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut database: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "database" => __map.fill(&mut database),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(SslEnforcementRequestRequestedConfig {
            database: crate::runtime::required(database, "database")?,
        })
    }
}
crate::runtime::object_serde!(SslEnforcementRequestRequestedConfig);

impl SslEnforcementRequestRequestedConfig {
    /// A value with the required fields (`database`) set and every optional field absent.
    pub fn new(database: bool) -> Self {
        Self { database }
    }
}
