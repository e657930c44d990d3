//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/paths/~1v1~1oauth~1authorize/get/parameters/7/schema`.

use serde::{Deserialize, Serialize};

/// `AuthorizeUserCodeChallengeMethod`
///
/// Schema: `#/paths/~1v1~1oauth~1authorize/get/parameters/7/schema`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthorizeUserCodeChallengeMethod {
    /// `plain`
    Plain,
    /// `sha256`
    Sha256,
    /// `S256`
    S256,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl AuthorizeUserCodeChallengeMethod {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Plain => "plain",
            Self::Sha256 => "sha256",
            Self::S256 => "S256",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AuthorizeUserCodeChallengeMethod {
    fn from(value: &str) -> Self {
        match value {
            "plain" => Self::Plain,
            "sha256" => Self::Sha256,
            "S256" => Self::S256,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for AuthorizeUserCodeChallengeMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AuthorizeUserCodeChallengeMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AuthorizeUserCodeChallengeMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `AuthorizeUserResponseType`
///
/// Schema: `#/paths/~1v1~1oauth~1authorize/get/parameters/1/schema`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthorizeUserResponseType {
    /// `code`
    Code,
    /// `token`
    Token,
    /// `id_token token`
    IdTokenToken,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl AuthorizeUserResponseType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Code => "code",
            Self::Token => "token",
            Self::IdTokenToken => "id_token token",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AuthorizeUserResponseType {
    fn from(value: &str) -> Self {
        match value {
            "code" => Self::Code,
            "token" => Self::Token,
            "id_token token" => Self::IdTokenToken,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for AuthorizeUserResponseType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AuthorizeUserResponseType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AuthorizeUserResponseType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `OAuthAuthorizeProjectClaimCodeChallengeMethod`
///
/// Schema: `#/paths/~1v1~1oauth~1authorize~1project-claim/get/parameters/7/schema`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OAuthAuthorizeProjectClaimCodeChallengeMethod {
    /// `plain`
    Plain,
    /// `sha256`
    Sha256,
    /// `S256`
    S256,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl OAuthAuthorizeProjectClaimCodeChallengeMethod {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Plain => "plain",
            Self::Sha256 => "sha256",
            Self::S256 => "S256",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OAuthAuthorizeProjectClaimCodeChallengeMethod {
    fn from(value: &str) -> Self {
        match value {
            "plain" => Self::Plain,
            "sha256" => Self::Sha256,
            "S256" => Self::S256,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for OAuthAuthorizeProjectClaimCodeChallengeMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OAuthAuthorizeProjectClaimCodeChallengeMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for OAuthAuthorizeProjectClaimCodeChallengeMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `OAuthAuthorizeProjectClaimResponseType`
///
/// Schema: `#/paths/~1v1~1oauth~1authorize~1project-claim/get/parameters/2/schema`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OAuthAuthorizeProjectClaimResponseType {
    /// `code`
    Code,
    /// `token`
    Token,
    /// `id_token token`
    IdTokenToken,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl OAuthAuthorizeProjectClaimResponseType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Code => "code",
            Self::Token => "token",
            Self::IdTokenToken => "id_token token",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OAuthAuthorizeProjectClaimResponseType {
    fn from(value: &str) -> Self {
        match value {
            "code" => Self::Code,
            "token" => Self::Token,
            "id_token token" => Self::IdTokenToken,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for OAuthAuthorizeProjectClaimResponseType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OAuthAuthorizeProjectClaimResponseType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for OAuthAuthorizeProjectClaimResponseType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
