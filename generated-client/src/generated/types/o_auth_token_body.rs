//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OAuthTokenBody`.

use serde::{Deserialize, Serialize};

/// `OAuthTokenBody`
///
/// Schema: `#/components/schemas/OAuthTokenBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct OAuthTokenBody {
    /// `client_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// `client_secret`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// `code`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `code_verifier`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_verifier: Option<String>,
    /// `grant_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_type: Option<OAuthTokenBodyGrantType>,
    /// `redirect_uri`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uri: Option<String>,
    /// `refresh_token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// Resource indicator for MCP (Model Context Protocol) clients
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    /// `scope`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

impl<'de> Deserialize<'de> for OAuthTokenBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for OAuthTokenBody {
    const EXPECTING: &'static str = "struct OAuthTokenBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<Option<String>> = None;
        let mut field_2: Option<Option<String>> = None;
        let mut field_3: Option<Option<String>> = None;
        let mut field_4: Option<Option<OAuthTokenBodyGrantType>> = None;
        let mut field_5: Option<Option<String>> = None;
        let mut field_6: Option<Option<String>> = None;
        let mut field_7: Option<Option<String>> = None;
        let mut field_8: Option<Option<String>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "client_id" => map.fill(&mut field_0),
                "client_secret" => map.fill(&mut field_1),
                "code" => map.fill(&mut field_2),
                "code_verifier" => map.fill(&mut field_3),
                "grant_type" => map.fill(&mut field_4),
                "redirect_uri" => map.fill(&mut field_5),
                "refresh_token" => map.fill(&mut field_6),
                "resource" => map.fill(&mut field_7),
                "scope" => map.fill(&mut field_8),
                _ => map.skip(),
            };
            read?;
        }
        Ok(OAuthTokenBody {
            client_id: Option::flatten(field_0),
            client_secret: Option::flatten(field_1),
            code: Option::flatten(field_2),
            code_verifier: Option::flatten(field_3),
            grant_type: Option::flatten(field_4),
            redirect_uri: Option::flatten(field_5),
            refresh_token: Option::flatten(field_6),
            resource: Option::flatten(field_7),
            scope: Option::flatten(field_8),
        })
    }
}

/// `OAuthTokenBodyGrantType`
///
/// Schema: `#/components/schemas/OAuthTokenBody/properties/grant_type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OAuthTokenBodyGrantType {
    /// `authorization_code`
    AuthorizationCode,
    /// `refresh_token`
    RefreshToken,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl OAuthTokenBodyGrantType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthorizationCode => "authorization_code",
            Self::RefreshToken => "refresh_token",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OAuthTokenBodyGrantType {
    fn from(value: &str) -> Self {
        match value {
            "authorization_code" => Self::AuthorizationCode,
            "refresh_token" => Self::RefreshToken,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for OAuthTokenBodyGrantType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OAuthTokenBodyGrantType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for OAuthTokenBodyGrantType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
