//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ProjectClaimTokenResponse`.

use serde::{Deserialize, Serialize};

/// `ProjectClaimTokenResponse`
///
/// Schema: `#/components/schemas/ProjectClaimTokenResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for ProjectClaimTokenResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for ProjectClaimTokenResponse {
    const EXPECTING: &'static str = "struct ProjectClaimTokenResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "created_at" => map.fill(&mut field_0),
                "created_by" => map.fill(&mut field_1),
                "expires_at" => map.fill(&mut field_2),
                "token_alias" => map.fill(&mut field_3),
                _ => map.skip(),
            };
            read?;
        }
        Ok(ProjectClaimTokenResponse {
            created_at: crate::runtime::required(field_0, "created_at")?,
            created_by: crate::runtime::required(field_1, "created_by")?,
            expires_at: crate::runtime::required(field_2, "expires_at")?,
            token_alias: crate::runtime::required(field_3, "token_alias")?,
        })
    }
}
