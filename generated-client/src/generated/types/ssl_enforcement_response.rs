//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SslEnforcementResponse`.

/// `SslEnforcementResponse`
///
/// Schema: `#/components/schemas/SslEnforcementResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct SslEnforcementResponse {
    /// `appliedSuccessfully`
    pub applied_successfully: bool,
    /// `currentConfig`
    pub current_config: SslEnforcementResponseCurrentConfig,
}

impl crate::runtime::ToFields for SslEnforcementResponse {
    const NAME: &'static str = "SslEnforcementResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("appliedSuccessfully", &self.applied_successfully)
            .field("currentConfig", &self.current_config)
    }
}

impl crate::runtime::FromFields for SslEnforcementResponse {
    const EXPECTING: &'static str = "struct SslEnforcementResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut applied_successfully: Option<bool> = None;
        let mut current_config: Option<SslEnforcementResponseCurrentConfig> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "appliedSuccessfully" => __map.fill(&mut applied_successfully),
                "currentConfig" => __map.fill(&mut current_config),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(SslEnforcementResponse {
            applied_successfully: crate::runtime::required(
                applied_successfully,
                "appliedSuccessfully",
            )?,
            current_config: crate::runtime::required(current_config, "currentConfig")?,
        })
    }
}
crate::runtime::object_serde!(SslEnforcementResponse);

/// `SslEnforcementResponseCurrentConfig`
///
/// Schema: `#/components/schemas/SslEnforcementResponse/properties/currentConfig`
#[derive(Debug, Clone, PartialEq)]
pub struct SslEnforcementResponseCurrentConfig {
    /// `database`
    pub database: bool,
}

impl crate::runtime::ToFields for SslEnforcementResponseCurrentConfig {
    const NAME: &'static str = "SslEnforcementResponseCurrentConfig";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("database", &self.database)
    }
}

impl crate::runtime::FromFields for SslEnforcementResponseCurrentConfig {
    const EXPECTING: &'static str = "struct SslEnforcementResponseCurrentConfig";
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
        Ok(SslEnforcementResponseCurrentConfig {
            database: crate::runtime::required(database, "database")?,
        })
    }
}
crate::runtime::object_serde!(SslEnforcementResponseCurrentConfig);
