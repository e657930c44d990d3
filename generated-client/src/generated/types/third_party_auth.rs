//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ThirdPartyAuth`.

/// `ThirdPartyAuth`
///
/// Schema: `#/components/schemas/ThirdPartyAuth`
#[derive(Debug, Clone, PartialEq)]
pub struct ThirdPartyAuth {
    /// `custom_jwks`
    pub custom_jwks: Option<serde_json::Value>,
    /// `id`
    pub id: String,
    /// `inserted_at`
    pub inserted_at: String,
    /// `jwks_url`
    pub jwks_url: Option<String>,
    /// `oidc_issuer_url`
    pub oidc_issuer_url: Option<String>,
    /// `resolved_at`
    pub resolved_at: Option<String>,
    /// `resolved_jwks`
    pub resolved_jwks: Option<serde_json::Value>,
    /// `type`
    pub type_: String,
    /// `updated_at`
    pub updated_at: String,
}

impl crate::runtime::ToFields for ThirdPartyAuth {
    const NAME: &'static str = "ThirdPartyAuth";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("custom_jwks", &self.custom_jwks)
            .field("id", &self.id)
            .field("inserted_at", &self.inserted_at)
            .optional("jwks_url", &self.jwks_url)
            .optional("oidc_issuer_url", &self.oidc_issuer_url)
            .optional("resolved_at", &self.resolved_at)
            .optional("resolved_jwks", &self.resolved_jwks)
            .field("type", &self.type_)
            .field("updated_at", &self.updated_at)
    }
}

impl crate::runtime::FromFields for ThirdPartyAuth {
    const EXPECTING: &'static str = "struct ThirdPartyAuth";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut custom_jwks: Option<serde_json::Value> = None;
        let mut id: Option<String> = None;
        let mut inserted_at: Option<String> = None;
        let mut jwks_url: Option<String> = None;
        let mut oidc_issuer_url: Option<String> = None;
        let mut resolved_at: Option<String> = None;
        let mut resolved_jwks: Option<serde_json::Value> = None;
        let mut type_: Option<String> = None;
        let mut updated_at: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "custom_jwks" => __map.set(&mut custom_jwks),
                "id" => __map.fill(&mut id),
                "inserted_at" => __map.fill(&mut inserted_at),
                "jwks_url" => __map.set(&mut jwks_url),
                "oidc_issuer_url" => __map.set(&mut oidc_issuer_url),
                "resolved_at" => __map.set(&mut resolved_at),
                "resolved_jwks" => __map.set(&mut resolved_jwks),
                "type" => __map.fill(&mut type_),
                "updated_at" => __map.fill(&mut updated_at),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ThirdPartyAuth {
            custom_jwks,
            id: crate::runtime::required(id, "id")?,
            inserted_at: crate::runtime::required(inserted_at, "inserted_at")?,
            jwks_url,
            oidc_issuer_url,
            resolved_at,
            resolved_jwks,
            type_: crate::runtime::required(type_, "type")?,
            updated_at: crate::runtime::required(updated_at, "updated_at")?,
        })
    }
}
crate::runtime::object_serde!(ThirdPartyAuth);
