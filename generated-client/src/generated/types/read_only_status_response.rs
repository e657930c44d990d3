//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ReadOnlyStatusResponse`.

/// `ReadOnlyStatusResponse`
///
/// Schema: `#/components/schemas/ReadOnlyStatusResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct ReadOnlyStatusResponse {
    /// `enabled`
    pub enabled: bool,
    /// `override_active_until`
    pub override_active_until: String,
    /// `override_enabled`
    pub override_enabled: bool,
}

impl crate::runtime::ToFields for ReadOnlyStatusResponse {
    const NAME: &'static str = "ReadOnlyStatusResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("enabled", &self.enabled)
            .field("override_active_until", &self.override_active_until)
            .field("override_enabled", &self.override_enabled)
    }
}

impl crate::runtime::FromFields for ReadOnlyStatusResponse {
    const EXPECTING: &'static str = "struct ReadOnlyStatusResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut enabled: Option<bool> = None;
        let mut override_active_until: Option<String> = None;
        let mut override_enabled: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "enabled" => __map.fill(&mut enabled),
                "override_active_until" => __map.fill(&mut override_active_until),
                "override_enabled" => __map.fill(&mut override_enabled),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ReadOnlyStatusResponse {
            enabled: crate::runtime::required(enabled, "enabled")?,
            override_active_until: crate::runtime::required(
                override_active_until,
                "override_active_until",
            )?,
            override_enabled: crate::runtime::required(
                override_enabled,
                "override_enabled",
            )?,
        })
    }
}
crate::runtime::object_serde!(ReadOnlyStatusResponse);
