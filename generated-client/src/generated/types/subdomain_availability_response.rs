//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SubdomainAvailabilityResponse`.

/// `SubdomainAvailabilityResponse`
///
/// Schema: `#/components/schemas/SubdomainAvailabilityResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct SubdomainAvailabilityResponse {
    /// `available`
    pub available: bool,
}

impl crate::runtime::ToFields for SubdomainAvailabilityResponse {
    const NAME: &'static str = "SubdomainAvailabilityResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("available", &self.available)
    }
}

impl crate::runtime::FromFields for SubdomainAvailabilityResponse {
    const EXPECTING: &'static str = "struct SubdomainAvailabilityResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut available: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "available" => __map.fill(&mut available),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(SubdomainAvailabilityResponse {
            available: crate::runtime::required(available, "available")?,
        })
    }
}
crate::runtime::object_serde!(SubdomainAvailabilityResponse);
