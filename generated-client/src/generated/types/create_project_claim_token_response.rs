//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateProjectClaimTokenResponse`.

/// `CreateProjectClaimTokenResponse`
///
/// Schema: `#/components/schemas/CreateProjectClaimTokenResponse`
#[derive(Clone, PartialEq)]
pub struct CreateProjectClaimTokenResponse {
    /// `created_at`
    pub created_at: String,
    /// `created_by`
    pub created_by: String,
    /// `expires_at`
    pub expires_at: String,
    /// `token`
    pub token: String,
    /// `token_alias`
    pub token_alias: String,
}

impl std::fmt::Debug for CreateProjectClaimTokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateProjectClaimTokenResponse")
            .field("created_at", &self.created_at)
            .field("created_by", &self.created_by)
            .field("expires_at", &self.expires_at)
            .field("token", &format_args!("[redacted]"))
            .field("token_alias", &self.token_alias)
            .finish()
    }
}

impl crate::runtime::ToFields for CreateProjectClaimTokenResponse {
    const NAME: &'static str = "CreateProjectClaimTokenResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("created_at", &self.created_at)
            .field("created_by", &self.created_by)
            .field("expires_at", &self.expires_at)
            .field("token", &self.token)
            .field("token_alias", &self.token_alias)
    }
}

impl crate::runtime::FromFields for CreateProjectClaimTokenResponse {
    const EXPECTING: &'static str = "struct CreateProjectClaimTokenResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut created_at: Option<String> = None;
        let mut created_by: Option<String> = None;
        let mut expires_at: Option<String> = None;
        let mut token: Option<String> = None;
        let mut token_alias: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "created_at" => __map.fill(&mut created_at),
                "created_by" => __map.fill(&mut created_by),
                "expires_at" => __map.fill(&mut expires_at),
                "token" => __map.fill(&mut token),
                "token_alias" => __map.fill(&mut token_alias),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(CreateProjectClaimTokenResponse {
            created_at: crate::runtime::required(created_at, "created_at")?,
            created_by: crate::runtime::required(created_by, "created_by")?,
            expires_at: crate::runtime::required(expires_at, "expires_at")?,
            token: crate::runtime::required(token, "token")?,
            token_alias: crate::runtime::required(token_alias, "token_alias")?,
        })
    }
}
crate::runtime::object_serde!(CreateProjectClaimTokenResponse);
