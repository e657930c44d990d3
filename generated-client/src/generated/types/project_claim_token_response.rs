//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ProjectClaimTokenResponse`.

/// `ProjectClaimTokenResponse`
///
/// Schema: `#/components/schemas/ProjectClaimTokenResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectClaimTokenResponse {
    /// `created_at`
    pub created_at: String,
    /// `created_by`
    pub created_by: String,
    /// `expires_at`
    pub expires_at: String,
    /// `token_alias`
    pub token_alias: String,
}

impl crate::runtime::ToFields for ProjectClaimTokenResponse {
    const NAME: &'static str = "ProjectClaimTokenResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("created_at", &self.created_at)
            .field("created_by", &self.created_by)
            .field("expires_at", &self.expires_at)
            .field("token_alias", &self.token_alias)
    }
}

impl crate::runtime::FromFields for ProjectClaimTokenResponse {
    const EXPECTING: &'static str = "struct ProjectClaimTokenResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut created_at: Option<String> = None;
        let mut created_by: Option<String> = None;
        let mut expires_at: Option<String> = None;
        let mut token_alias: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "created_at" => __map.fill(&mut created_at),
                "created_by" => __map.fill(&mut created_by),
                "expires_at" => __map.fill(&mut expires_at),
                "token_alias" => __map.fill(&mut token_alias),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ProjectClaimTokenResponse {
            created_at: crate::runtime::required(created_at, "created_at")?,
            created_by: crate::runtime::required(created_by, "created_by")?,
            expires_at: crate::runtime::required(expires_at, "expires_at")?,
            token_alias: crate::runtime::required(token_alias, "token_alias")?,
        })
    }
}
crate::runtime::object_serde!(ProjectClaimTokenResponse);
