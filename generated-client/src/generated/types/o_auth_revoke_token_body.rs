//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OAuthRevokeTokenBody`.

use serde::{Deserialize, Serialize};

/// `OAuthRevokeTokenBody`
///
/// Schema: `#/components/schemas/OAuthRevokeTokenBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OAuthRevokeTokenBody {
    /// `client_id`
    pub client_id: String,
    /// `client_secret`
    pub client_secret: String,
    /// `refresh_token`
    pub refresh_token: String,
}

impl<'de> Deserialize<'de> for OAuthRevokeTokenBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for OAuthRevokeTokenBody {
    const EXPECTING: &'static str = "struct OAuthRevokeTokenBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "client_id" => map.fill(&mut field_0),
                "client_secret" => map.fill(&mut field_1),
                "refresh_token" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(OAuthRevokeTokenBody {
            client_id: crate::runtime::required(field_0, "client_id")?,
            client_secret: crate::runtime::required(field_1, "client_secret")?,
            refresh_token: crate::runtime::required(field_2, "refresh_token")?,
        })
    }
}

impl OAuthRevokeTokenBody {
    /// A value with the required fields (`client_id`, `client_secret`, `refresh_token`) set and every optional field absent.
    pub fn new(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        refresh_token: impl Into<String>,
    ) -> Self {
        Self {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            refresh_token: refresh_token.into(),
        }
    }
}
