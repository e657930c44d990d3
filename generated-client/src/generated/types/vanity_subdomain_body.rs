//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/VanitySubdomainBody`.

/// `VanitySubdomainBody`
///
/// Schema: `#/components/schemas/VanitySubdomainBody`
#[derive(Debug, Clone, PartialEq)]
pub struct VanitySubdomainBody {
    /// `vanity_subdomain`
    pub vanity_subdomain: String,
}

impl crate::runtime::ToFields for VanitySubdomainBody {
    const NAME: &'static str = "VanitySubdomainBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("vanity_subdomain", &self.vanity_subdomain)
    }
}

impl crate::runtime::FromFields for VanitySubdomainBody {
    const EXPECTING: &'static str = "struct VanitySubdomainBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut vanity_subdomain: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "vanity_subdomain" => __map.fill(&mut vanity_subdomain),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(VanitySubdomainBody {
            vanity_subdomain: crate::runtime::required(
                vanity_subdomain,
                "vanity_subdomain",
            )?,
        })
    }
}
crate::runtime::object_serde!(VanitySubdomainBody);

impl VanitySubdomainBody {
    /// A value with the required fields (`vanity_subdomain`) set and every optional field absent.
    pub fn new(vanity_subdomain: impl Into<String>) -> Self {
        Self {
            vanity_subdomain: vanity_subdomain.into(),
        }
    }
}
