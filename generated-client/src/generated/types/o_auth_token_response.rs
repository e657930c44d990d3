//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OAuthTokenResponse`.

use serde::{Deserialize, Serialize};

/// `OAuthTokenResponse`
///
/// Schema: `#/components/schemas/OAuthTokenResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OAuthTokenResponse {
    /// `access_token`
    pub access_token: String,
    /// `expires_in`
    pub expires_in: i64,
    /// `refresh_token`
    pub refresh_token: String,
    /// `token_type`
    pub token_type: OAuthTokenResponseTokenType,
}

impl<'de> Deserialize<'de> for OAuthTokenResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for OAuthTokenResponse {
    const EXPECTING: &'static str = "struct OAuthTokenResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<i64> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<OAuthTokenResponseTokenType> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "access_token" => map.fill(&mut field_0),
                "expires_in" => map.fill(&mut field_1),
                "refresh_token" => map.fill(&mut field_2),
                "token_type" => map.fill(&mut field_3),
                _ => map.skip(),
            };
            read?;
        }
        Ok(OAuthTokenResponse {
            access_token: crate::runtime::required(field_0, "access_token")?,
            expires_in: crate::runtime::required(field_1, "expires_in")?,
            refresh_token: crate::runtime::required(field_2, "refresh_token")?,
            token_type: crate::runtime::required(field_3, "token_type")?,
        })
    }
}

/// `OAuthTokenResponseTokenType`
///
/// Schema: `#/components/schemas/OAuthTokenResponse/properties/token_type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OAuthTokenResponseTokenType {
    /// `Bearer`
    Bearer,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl OAuthTokenResponseTokenType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bearer => "Bearer",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OAuthTokenResponseTokenType {
    fn from(value: &str) -> Self {
        match value {
            "Bearer" => Self::Bearer,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for OAuthTokenResponseTokenType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OAuthTokenResponseTokenType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for OAuthTokenResponseTokenType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
