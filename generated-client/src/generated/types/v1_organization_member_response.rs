//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1OrganizationMemberResponse`.

/// `V1OrganizationMemberResponse`
///
/// Schema: `#/components/schemas/V1OrganizationMemberResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct V1OrganizationMemberResponse {
    /// `email`
    pub email: Option<String>,
    /// `mfa_enabled`
    pub mfa_enabled: bool,
    /// `role_name`
    pub role_name: String,
    /// `user_id`
    pub user_id: String,
    /// `user_name`
    pub user_name: String,
}

impl crate::runtime::ToFields for V1OrganizationMemberResponse {
    const NAME: &'static str = "V1OrganizationMemberResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("email", &self.email)
            .field("mfa_enabled", &self.mfa_enabled)
            .field("role_name", &self.role_name)
            .field("user_id", &self.user_id)
            .field("user_name", &self.user_name)
    }
}

impl crate::runtime::FromFields for V1OrganizationMemberResponse {
    const EXPECTING: &'static str = "struct V1OrganizationMemberResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut email: Option<String> = None;
        let mut mfa_enabled: Option<bool> = None;
        let mut role_name: Option<String> = None;
        let mut user_id: Option<String> = None;
        let mut user_name: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "email" => __map.set(&mut email),
                "mfa_enabled" => __map.fill(&mut mfa_enabled),
                "role_name" => __map.fill(&mut role_name),
                "user_id" => __map.fill(&mut user_id),
                "user_name" => __map.fill(&mut user_name),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1OrganizationMemberResponse {
            email,
            mfa_enabled: crate::runtime::required(mfa_enabled, "mfa_enabled")?,
            role_name: crate::runtime::required(role_name, "role_name")?,
            user_id: crate::runtime::required(user_id, "user_id")?,
            user_name: crate::runtime::required(user_name, "user_name")?,
        })
    }
}
crate::runtime::object_serde!(V1OrganizationMemberResponse);
