//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ActivateVanitySubdomainResponse`.

/// `ActivateVanitySubdomainResponse`
///
/// Schema: `#/components/schemas/ActivateVanitySubdomainResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct ActivateVanitySubdomainResponse {
    /// `custom_domain`
    pub custom_domain: String,
}

impl crate::runtime::ToFields for ActivateVanitySubdomainResponse {
    const NAME: &'static str = "ActivateVanitySubdomainResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("custom_domain", &self.custom_domain)
    }
}

impl crate::runtime::FromFields for ActivateVanitySubdomainResponse {
    const EXPECTING: &'static str = "struct ActivateVanitySubdomainResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut custom_domain: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "custom_domain" => __map.fill(&mut custom_domain),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ActivateVanitySubdomainResponse {
            custom_domain: crate::runtime::required(custom_domain, "custom_domain")?,
        })
    }
}
crate::runtime::object_serde!(ActivateVanitySubdomainResponse);
