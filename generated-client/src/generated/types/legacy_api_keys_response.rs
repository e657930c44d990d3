//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/LegacyApiKeysResponse`.

/// `LegacyApiKeysResponse`
///
/// Schema: `#/components/schemas/LegacyApiKeysResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct LegacyApiKeysResponse {
    /// `enabled`
    pub enabled: bool,
}

impl crate::runtime::ToFields for LegacyApiKeysResponse {
    const NAME: &'static str = "LegacyApiKeysResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("enabled", &self.enabled)
    }
}

impl crate::runtime::FromFields for LegacyApiKeysResponse {
    const EXPECTING: &'static str = "struct LegacyApiKeysResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut enabled: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "enabled" => __map.fill(&mut enabled),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(LegacyApiKeysResponse {
            enabled: crate::runtime::required(enabled, "enabled")?,
        })
    }
}
crate::runtime::object_serde!(LegacyApiKeysResponse);
