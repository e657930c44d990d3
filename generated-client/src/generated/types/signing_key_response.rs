//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SigningKeyResponse`.

use serde::{Deserialize, Serialize};

/// `SigningKeyResponse`
///
/// Schema: `#/components/schemas/SigningKeyResponse`
#[derive(Clone, PartialEq)]
pub struct SigningKeyResponse {
    /// `algorithm`
    pub algorithm: SigningKeyResponseAlgorithm,
    /// `created_at`
    pub created_at: String,
    /// `id`
    pub id: String,
    /// `public_jwk`
    pub public_jwk: Option<serde_json::Value>,
    /// `status`
    pub status: SigningKeyResponseStatus,
    /// `updated_at`
    pub updated_at: String,
}

impl std::fmt::Debug for SigningKeyResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKeyResponse")
            .field("algorithm", &self.algorithm)
            .field("created_at", &self.created_at)
            .field("id", &self.id)
            .field("public_jwk", &format_args!("[redacted]"))
            .field("status", &self.status)
            .field("updated_at", &self.updated_at)
            .finish()
    }
}

impl crate::runtime::ToFields for SigningKeyResponse {
    const NAME: &'static str = "SigningKeyResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("algorithm", &self.algorithm)
            .field("created_at", &self.created_at)
            .field("id", &self.id)
            .optional("public_jwk", &self.public_jwk)
            .field("status", &self.status)
            .field("updated_at", &self.updated_at)
    }
}

impl crate::runtime::FromFields for SigningKeyResponse {
    const EXPECTING: &'static str = "struct SigningKeyResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut algorithm: Option<SigningKeyResponseAlgorithm> = None;
        let mut created_at: Option<String> = None;
        let mut id: Option<String> = None;
        let mut public_jwk: Option<serde_json::Value> = None;
        let mut status: Option<SigningKeyResponseStatus> = None;
        let mut updated_at: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "algorithm" => __map.fill(&mut algorithm),
                "created_at" => __map.fill(&mut created_at),
                "id" => __map.fill(&mut id),
                "public_jwk" => __map.set(&mut public_jwk),
                "status" => __map.fill(&mut status),
                "updated_at" => __map.fill(&mut updated_at),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(SigningKeyResponse {
            algorithm: crate::runtime::required(algorithm, "algorithm")?,
            created_at: crate::runtime::required(created_at, "created_at")?,
            id: crate::runtime::required(id, "id")?,
            public_jwk,
            status: crate::runtime::required(status, "status")?,
            updated_at: crate::runtime::required(updated_at, "updated_at")?,
        })
    }
}
crate::runtime::object_serde!(SigningKeyResponse);

/// `SigningKeyResponseAlgorithm`
///
/// Schema: `#/components/schemas/SigningKeyResponse/properties/algorithm`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SigningKeyResponseAlgorithm {
    /// `EdDSA`
    EdDsa,
    /// `ES256`
    Es256,
    /// `RS256`
    Rs256,
    /// `HS256`
    Hs256,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl SigningKeyResponseAlgorithm {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EdDsa => "EdDSA",
            Self::Es256 => "ES256",
            Self::Rs256 => "RS256",
            Self::Hs256 => "HS256",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SigningKeyResponseAlgorithm {
    fn from(value: &str) -> Self {
        match value {
            "EdDSA" => Self::EdDsa,
            "ES256" => Self::Es256,
            "RS256" => Self::Rs256,
            "HS256" => Self::Hs256,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for SigningKeyResponseAlgorithm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SigningKeyResponseAlgorithm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SigningKeyResponseAlgorithm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `SigningKeyResponseStatus`
///
/// Schema: `#/components/schemas/SigningKeyResponse/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SigningKeyResponseStatus {
    /// `in_use`
    InUse,
    /// `previously_used`
    PreviouslyUsed,
    /// `revoked`
    Revoked,
    /// `standby`
    Standby,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl SigningKeyResponseStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InUse => "in_use",
            Self::PreviouslyUsed => "previously_used",
            Self::Revoked => "revoked",
            Self::Standby => "standby",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SigningKeyResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_use" => Self::InUse,
            "previously_used" => Self::PreviouslyUsed,
            "revoked" => Self::Revoked,
            "standby" => Self::Standby,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for SigningKeyResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SigningKeyResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SigningKeyResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
