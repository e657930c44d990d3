//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SigningKeysResponse`.

use serde::{Deserialize, Serialize};

/// `SigningKeysResponse`
///
/// Schema: `#/components/schemas/SigningKeysResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SigningKeysResponse {
    /// `keys`
    pub keys: Vec<SigningKeysResponseKeysItem>,
}

/// `SigningKeysResponseKeysItem`
///
/// Schema: `#/components/schemas/SigningKeysResponse/properties/keys/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SigningKeysResponseKeysItem {
    /// `algorithm`
    pub algorithm: SigningKeysResponseKeysItemAlgorithm,
    /// `created_at`
    pub created_at: String,
    /// `id`
    pub id: String,
    /// `public_jwk`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_jwk: Option<serde_json::Value>,
    /// `status`
    pub status: SigningKeysResponseKeysItemStatus,
    /// `updated_at`
    pub updated_at: String,
}

/// `SigningKeysResponseKeysItemAlgorithm`
///
/// Schema: `#/components/schemas/SigningKeysResponse/properties/keys/items/properties/algorithm`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SigningKeysResponseKeysItemAlgorithm {
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

impl SigningKeysResponseKeysItemAlgorithm {
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

impl From<&str> for SigningKeysResponseKeysItemAlgorithm {
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

impl std::fmt::Display for SigningKeysResponseKeysItemAlgorithm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SigningKeysResponseKeysItemAlgorithm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SigningKeysResponseKeysItemAlgorithm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `SigningKeysResponseKeysItemStatus`
///
/// Schema: `#/components/schemas/SigningKeysResponse/properties/keys/items/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SigningKeysResponseKeysItemStatus {
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

impl SigningKeysResponseKeysItemStatus {
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

impl From<&str> for SigningKeysResponseKeysItemStatus {
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

impl std::fmt::Display for SigningKeysResponseKeysItemStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SigningKeysResponseKeysItemStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SigningKeysResponseKeysItemStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
