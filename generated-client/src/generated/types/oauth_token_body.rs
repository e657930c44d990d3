//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OAuthTokenBody`.

use serde::{Deserialize, Serialize};

/// `OAuthTokenBody`
///
/// Schema: `#/components/schemas/OAuthTokenBody`
#[derive(Clone, PartialEq, Default)]
pub struct OAuthTokenBody {
    /// `client_id`
    pub client_id: Option<String>,
    /// `client_secret`
    pub client_secret: Option<String>,
    /// `code`
    pub code: Option<String>,
    /// `code_verifier`
    pub code_verifier: Option<String>,
    /// `grant_type`
    pub grant_type: Option<OAuthTokenBodyGrantType>,
    /// `redirect_uri`
    pub redirect_uri: Option<String>,
    /// `refresh_token`
    pub refresh_token: Option<String>,
    /// Resource indicator for MCP (Model Context Protocol) clients
    pub resource: Option<String>,
    /// `scope`
    pub scope: Option<String>,
}

impl std::fmt::Debug for OAuthTokenBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthTokenBody")
            .field("client_id", &self.client_id)
            .field("client_secret", &format_args!("[redacted]"))
            .field("code", &self.code)
            .field("code_verifier", &self.code_verifier)
            .field("grant_type", &self.grant_type)
            .field("redirect_uri", &self.redirect_uri)
            .field("refresh_token", &format_args!("[redacted]"))
            .field("resource", &self.resource)
            .field("scope", &self.scope)
            .finish()
    }
}

impl crate::runtime::ToFields for OAuthTokenBody {
    const NAME: &'static str = "OAuthTokenBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("client_id", &self.client_id)
            .optional("client_secret", &self.client_secret)
            .optional("code", &self.code)
            .optional("code_verifier", &self.code_verifier)
            .optional("grant_type", &self.grant_type)
            .optional("redirect_uri", &self.redirect_uri)
            .optional("refresh_token", &self.refresh_token)
            .optional("resource", &self.resource)
            .optional("scope", &self.scope)
    }
}

impl crate::runtime::FromFields for OAuthTokenBody {
    const EXPECTING: &'static str = "struct OAuthTokenBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut client_id: Option<String> = None;
        let mut client_secret: Option<String> = None;
        let mut code: Option<String> = None;
        let mut code_verifier: Option<String> = None;
        let mut grant_type: Option<OAuthTokenBodyGrantType> = None;
        let mut redirect_uri: Option<String> = None;
        let mut refresh_token: Option<String> = None;
        let mut resource: Option<String> = None;
        let mut scope: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "client_id" => __map.set(&mut client_id),
                "client_secret" => __map.set(&mut client_secret),
                "code" => __map.set(&mut code),
                "code_verifier" => __map.set(&mut code_verifier),
                "grant_type" => __map.set(&mut grant_type),
                "redirect_uri" => __map.set(&mut redirect_uri),
                "refresh_token" => __map.set(&mut refresh_token),
                "resource" => __map.set(&mut resource),
                "scope" => __map.set(&mut scope),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(OAuthTokenBody {
            client_id,
            client_secret,
            code,
            code_verifier,
            grant_type,
            redirect_uri,
            refresh_token,
            resource,
            scope,
        })
    }
}
crate::runtime::object_serde!(OAuthTokenBody);

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
