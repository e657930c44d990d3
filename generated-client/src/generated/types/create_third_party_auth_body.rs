//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateThirdPartyAuthBody`.

/// `CreateThirdPartyAuthBody`
///
/// Schema: `#/components/schemas/CreateThirdPartyAuthBody`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateThirdPartyAuthBody {
    /// `custom_jwks`
    pub custom_jwks: Option<serde_json::Value>,
    /// `jwks_url`
    pub jwks_url: Option<String>,
    /// `oidc_issuer_url`
    pub oidc_issuer_url: Option<String>,
}

impl crate::runtime::ToFields for CreateThirdPartyAuthBody {
    const NAME: &'static str = "CreateThirdPartyAuthBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("custom_jwks", &self.custom_jwks)
            .optional("jwks_url", &self.jwks_url)
            .optional("oidc_issuer_url", &self.oidc_issuer_url)
    }
}

impl crate::runtime::FromFields for CreateThirdPartyAuthBody {
    const EXPECTING: &'static str = "struct CreateThirdPartyAuthBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut custom_jwks: Option<serde_json::Value> = None;
        let mut jwks_url: Option<String> = None;
        let mut oidc_issuer_url: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "custom_jwks" => __map.set(&mut custom_jwks),
                "jwks_url" => __map.set(&mut jwks_url),
                "oidc_issuer_url" => __map.set(&mut oidc_issuer_url),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(CreateThirdPartyAuthBody {
            custom_jwks,
            jwks_url,
            oidc_issuer_url,
        })
    }
}
crate::runtime::object_serde!(CreateThirdPartyAuthBody);
