//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OAuthTokenResponse`.

use serde::{Deserialize, Serialize};

/// `OAuthTokenResponse`
///
/// Schema: `#/components/schemas/OAuthTokenResponse`
#[derive(Clone, PartialEq)]
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

impl std::fmt::Debug for OAuthTokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthTokenResponse")
            .field("access_token", &format_args!("[redacted]"))
            .field("expires_in", &self.expires_in)
            .field("refresh_token", &format_args!("[redacted]"))
            .field("token_type", &self.token_type)
            .finish()
    }
}

impl crate::runtime::ToFields for OAuthTokenResponse {
    const NAME: &'static str = "OAuthTokenResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("access_token", &self.access_token)
            .field("expires_in", &self.expires_in)
            .field("refresh_token", &self.refresh_token)
            .field("token_type", &self.token_type)
    }
}

impl crate::runtime::FromFields for OAuthTokenResponse {
    const EXPECTING: &'static str = "struct OAuthTokenResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut access_token: Option<String> = None;
        let mut expires_in: Option<i64> = None;
        let mut refresh_token: Option<String> = None;
        let mut token_type: Option<OAuthTokenResponseTokenType> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "access_token" => __map.fill(&mut access_token),
                "expires_in" => __map.fill(&mut expires_in),
                "refresh_token" => __map.fill(&mut refresh_token),
                "token_type" => __map.fill(&mut token_type),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(OAuthTokenResponse {
            access_token: crate::runtime::required(access_token, "access_token")?,
            expires_in: crate::runtime::required(expires_in, "expires_in")?,
            refresh_token: crate::runtime::required(refresh_token, "refresh_token")?,
            token_type: crate::runtime::required(token_type, "token_type")?,
        })
    }
}
crate::runtime::object_serde!(OAuthTokenResponse);

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
