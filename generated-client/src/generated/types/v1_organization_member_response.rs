//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1OrganizationMemberResponse`.

use serde::{Deserialize, Serialize};

/// `V1OrganizationMemberResponse`
///
/// Schema: `#/components/schemas/V1OrganizationMemberResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1OrganizationMemberResponse {
    /// `email`
    #[serde(default, skip_serializing_if = "Option::is_none")]
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

impl<'de> Deserialize<'de> for V1OrganizationMemberResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1OrganizationMemberResponse {
    const EXPECTING: &'static str = "struct V1OrganizationMemberResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<bool> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<String> = None;
        let mut field_4: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "email" => map.fill(&mut field_0),
                "mfa_enabled" => map.fill(&mut field_1),
                "role_name" => map.fill(&mut field_2),
                "user_id" => map.fill(&mut field_3),
                "user_name" => map.fill(&mut field_4),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1OrganizationMemberResponse {
            email: Option::flatten(field_0),
            mfa_enabled: crate::runtime::required(field_1, "mfa_enabled")?,
            role_name: crate::runtime::required(field_2, "role_name")?,
            user_id: crate::runtime::required(field_3, "user_id")?,
            user_name: crate::runtime::required(field_4, "user_name")?,
        })
    }
}
