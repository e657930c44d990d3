//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateSigningKeyBody`.

use serde::{Deserialize, Serialize};

/// `CreateSigningKeyBody`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody`
#[derive(Clone, PartialEq)]
pub struct CreateSigningKeyBody {
    /// `algorithm`
    pub algorithm: CreateSigningKeyBodyAlgorithm,
    /// `private_jwk`
    pub private_jwk: Option<CreateSigningKeyBodyPrivateJwk>,
    /// `status`
    pub status: Option<CreateSigningKeyBodyStatus>,
}

impl std::fmt::Debug for CreateSigningKeyBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSigningKeyBody")
            .field("algorithm", &self.algorithm)
            .field("private_jwk", &format_args!("[redacted]"))
            .field("status", &self.status)
            .finish()
    }
}

impl crate::runtime::ToFields for CreateSigningKeyBody {
    const NAME: &'static str = "CreateSigningKeyBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("algorithm", &self.algorithm)
            .optional("private_jwk", &self.private_jwk)
            .optional("status", &self.status)
    }
}

impl crate::runtime::FromFields for CreateSigningKeyBody {
    const EXPECTING: &'static str = "struct CreateSigningKeyBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut algorithm: Option<CreateSigningKeyBodyAlgorithm> = None;
        let mut private_jwk: Option<CreateSigningKeyBodyPrivateJwk> = None;
        let mut status: Option<CreateSigningKeyBodyStatus> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "algorithm" => __map.fill(&mut algorithm),
                "private_jwk" => __map.set(&mut private_jwk),
                "status" => __map.set(&mut status),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(CreateSigningKeyBody {
            algorithm: crate::runtime::required(algorithm, "algorithm")?,
            private_jwk,
            status,
        })
    }
}
crate::runtime::object_serde!(CreateSigningKeyBody);

impl CreateSigningKeyBody {
    /// A value with the required fields (`algorithm`) set and every optional field absent.
    pub fn new(algorithm: CreateSigningKeyBodyAlgorithm) -> Self {
        Self {
            algorithm,
            private_jwk: None,
            status: None,
        }
    }
}

/// `CreateSigningKeyBodyAlgorithm`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/algorithm`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSigningKeyBodyAlgorithm {
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

impl CreateSigningKeyBodyAlgorithm {
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

impl From<&str> for CreateSigningKeyBodyAlgorithm {
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

impl std::fmt::Display for CreateSigningKeyBodyAlgorithm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateSigningKeyBodyAlgorithm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateSigningKeyBodyAlgorithm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `CreateSigningKeyBodyPrivateJwk`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/private_jwk`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kty")]
#[non_exhaustive]
pub enum CreateSigningKeyBodyPrivateJwk {
    /// `RSA`
    #[serde(rename = "RSA")]
    Rsa {
        /// `alg`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        alg: Option<CreateSigningKeyBodyPrivateJwkRsaAlg>,
        /// `d`
        d: String,
        /// `dp`
        dp: String,
        /// `dq`
        dq: String,
        /// `e`
        e: CreateSigningKeyBodyPrivateJwkRsaE,
        /// `ext`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ext: Option<bool>,
        /// `key_ops`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        key_ops: Option<Vec<CreateSigningKeyBodyPrivateJwkRsaKeyOpsItem>>,
        /// `kid`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kid: Option<String>,
        /// `n`
        n: String,
        /// `p`
        p: String,
        /// `q`
        q: String,
        /// `qi`
        qi: String,
        /// `use`
        #[serde(rename = "use")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        use_: Option<CreateSigningKeyBodyPrivateJwkRsaUse>,
    },
    /// `EC`
    #[serde(rename = "EC")]
    Ec {
        /// `alg`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        alg: Option<CreateSigningKeyBodyPrivateJwkEcAlg>,
        /// `crv`
        crv: CreateSigningKeyBodyPrivateJwkEcCrv,
        /// `d`
        d: String,
        /// `ext`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ext: Option<bool>,
        /// `key_ops`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        key_ops: Option<Vec<CreateSigningKeyBodyPrivateJwkEcKeyOpsItem>>,
        /// `kid`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kid: Option<String>,
        /// `use`
        #[serde(rename = "use")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        use_: Option<CreateSigningKeyBodyPrivateJwkEcUse>,
        /// `x`
        x: String,
        /// `y`
        y: String,
    },
    /// `OKP`
    #[serde(rename = "OKP")]
    Okp {
        /// `alg`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        alg: Option<CreateSigningKeyBodyPrivateJwkOkpAlg>,
        /// `crv`
        crv: CreateSigningKeyBodyPrivateJwkOkpCrv,
        /// `d`
        d: String,
        /// `ext`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ext: Option<bool>,
        /// `key_ops`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        key_ops: Option<Vec<CreateSigningKeyBodyPrivateJwkOkpKeyOpsItem>>,
        /// `kid`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kid: Option<String>,
        /// `use`
        #[serde(rename = "use")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        use_: Option<CreateSigningKeyBodyPrivateJwkOkpUse>,
        /// `x`
        x: String,
    },
    /// `oct`
    #[serde(rename = "oct")]
    Oct {
        /// `alg`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        alg: Option<CreateSigningKeyBodyPrivateJwkOctAlg>,
        /// `ext`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ext: Option<bool>,
        /// `k`
        k: String,
        /// `key_ops`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        key_ops: Option<Vec<CreateSigningKeyBodyPrivateJwkOctKeyOpsItem>>,
        /// `kid`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kid: Option<String>,
        /// `use`
        #[serde(rename = "use")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        use_: Option<CreateSigningKeyBodyPrivateJwkOctUse>,
    },
}

/// `CreateSigningKeyBodyPrivateJwkEcAlg`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/private_jwk/oneOf/1/properties/alg`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSigningKeyBodyPrivateJwkEcAlg {
    /// `ES256`
    Es256,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateSigningKeyBodyPrivateJwkEcAlg {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Es256 => "ES256",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateSigningKeyBodyPrivateJwkEcAlg {
    fn from(value: &str) -> Self {
        match value {
            "ES256" => Self::Es256,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateSigningKeyBodyPrivateJwkEcAlg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateSigningKeyBodyPrivateJwkEcAlg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateSigningKeyBodyPrivateJwkEcAlg {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `CreateSigningKeyBodyPrivateJwkEcCrv`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/private_jwk/oneOf/1/properties/crv`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSigningKeyBodyPrivateJwkEcCrv {
    /// `P-256`
    P256,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateSigningKeyBodyPrivateJwkEcCrv {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::P256 => "P-256",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateSigningKeyBodyPrivateJwkEcCrv {
    fn from(value: &str) -> Self {
        match value {
            "P-256" => Self::P256,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateSigningKeyBodyPrivateJwkEcCrv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateSigningKeyBodyPrivateJwkEcCrv {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateSigningKeyBodyPrivateJwkEcCrv {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `CreateSigningKeyBodyPrivateJwkEcKeyOpsItem`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/private_jwk/oneOf/1/properties/key_ops/items`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSigningKeyBodyPrivateJwkEcKeyOpsItem {
    /// `sign`
    Sign,
    /// `verify`
    Verify,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateSigningKeyBodyPrivateJwkEcKeyOpsItem {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sign => "sign",
            Self::Verify => "verify",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateSigningKeyBodyPrivateJwkEcKeyOpsItem {
    fn from(value: &str) -> Self {
        match value {
            "sign" => Self::Sign,
            "verify" => Self::Verify,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateSigningKeyBodyPrivateJwkEcKeyOpsItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateSigningKeyBodyPrivateJwkEcKeyOpsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateSigningKeyBodyPrivateJwkEcKeyOpsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `CreateSigningKeyBodyPrivateJwkEcUse`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/private_jwk/oneOf/1/properties/use`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSigningKeyBodyPrivateJwkEcUse {
    /// `sig`
    Sig,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateSigningKeyBodyPrivateJwkEcUse {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sig => "sig",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateSigningKeyBodyPrivateJwkEcUse {
    fn from(value: &str) -> Self {
        match value {
            "sig" => Self::Sig,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateSigningKeyBodyPrivateJwkEcUse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateSigningKeyBodyPrivateJwkEcUse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateSigningKeyBodyPrivateJwkEcUse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `CreateSigningKeyBodyPrivateJwkOctAlg`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/private_jwk/oneOf/3/properties/alg`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSigningKeyBodyPrivateJwkOctAlg {
    /// `HS256`
    Hs256,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateSigningKeyBodyPrivateJwkOctAlg {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hs256 => "HS256",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateSigningKeyBodyPrivateJwkOctAlg {
    fn from(value: &str) -> Self {
        match value {
            "HS256" => Self::Hs256,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateSigningKeyBodyPrivateJwkOctAlg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateSigningKeyBodyPrivateJwkOctAlg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateSigningKeyBodyPrivateJwkOctAlg {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `CreateSigningKeyBodyPrivateJwkOctKeyOpsItem`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/private_jwk/oneOf/3/properties/key_ops/items`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSigningKeyBodyPrivateJwkOctKeyOpsItem {
    /// `sign`
    Sign,
    /// `verify`
    Verify,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateSigningKeyBodyPrivateJwkOctKeyOpsItem {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sign => "sign",
            Self::Verify => "verify",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateSigningKeyBodyPrivateJwkOctKeyOpsItem {
    fn from(value: &str) -> Self {
        match value {
            "sign" => Self::Sign,
            "verify" => Self::Verify,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateSigningKeyBodyPrivateJwkOctKeyOpsItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateSigningKeyBodyPrivateJwkOctKeyOpsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateSigningKeyBodyPrivateJwkOctKeyOpsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `CreateSigningKeyBodyPrivateJwkOctUse`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/private_jwk/oneOf/3/properties/use`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSigningKeyBodyPrivateJwkOctUse {
    /// `sig`
    Sig,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateSigningKeyBodyPrivateJwkOctUse {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sig => "sig",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateSigningKeyBodyPrivateJwkOctUse {
    fn from(value: &str) -> Self {
        match value {
            "sig" => Self::Sig,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateSigningKeyBodyPrivateJwkOctUse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateSigningKeyBodyPrivateJwkOctUse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateSigningKeyBodyPrivateJwkOctUse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `CreateSigningKeyBodyPrivateJwkOkpAlg`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/private_jwk/oneOf/2/properties/alg`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSigningKeyBodyPrivateJwkOkpAlg {
    /// `EdDSA`
    EdDsa,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateSigningKeyBodyPrivateJwkOkpAlg {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EdDsa => "EdDSA",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateSigningKeyBodyPrivateJwkOkpAlg {
    fn from(value: &str) -> Self {
        match value {
            "EdDSA" => Self::EdDsa,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateSigningKeyBodyPrivateJwkOkpAlg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateSigningKeyBodyPrivateJwkOkpAlg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateSigningKeyBodyPrivateJwkOkpAlg {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `CreateSigningKeyBodyPrivateJwkOkpCrv`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/private_jwk/oneOf/2/properties/crv`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSigningKeyBodyPrivateJwkOkpCrv {
    /// `Ed25519`
    Ed25519,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateSigningKeyBodyPrivateJwkOkpCrv {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ed25519 => "Ed25519",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateSigningKeyBodyPrivateJwkOkpCrv {
    fn from(value: &str) -> Self {
        match value {
            "Ed25519" => Self::Ed25519,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateSigningKeyBodyPrivateJwkOkpCrv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateSigningKeyBodyPrivateJwkOkpCrv {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateSigningKeyBodyPrivateJwkOkpCrv {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `CreateSigningKeyBodyPrivateJwkOkpKeyOpsItem`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/private_jwk/oneOf/2/properties/key_ops/items`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSigningKeyBodyPrivateJwkOkpKeyOpsItem {
    /// `sign`
    Sign,
    /// `verify`
    Verify,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateSigningKeyBodyPrivateJwkOkpKeyOpsItem {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sign => "sign",
            Self::Verify => "verify",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateSigningKeyBodyPrivateJwkOkpKeyOpsItem {
    fn from(value: &str) -> Self {
        match value {
            "sign" => Self::Sign,
            "verify" => Self::Verify,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateSigningKeyBodyPrivateJwkOkpKeyOpsItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateSigningKeyBodyPrivateJwkOkpKeyOpsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateSigningKeyBodyPrivateJwkOkpKeyOpsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `CreateSigningKeyBodyPrivateJwkOkpUse`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/private_jwk/oneOf/2/properties/use`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSigningKeyBodyPrivateJwkOkpUse {
    /// `sig`
    Sig,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateSigningKeyBodyPrivateJwkOkpUse {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sig => "sig",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateSigningKeyBodyPrivateJwkOkpUse {
    fn from(value: &str) -> Self {
        match value {
            "sig" => Self::Sig,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateSigningKeyBodyPrivateJwkOkpUse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateSigningKeyBodyPrivateJwkOkpUse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateSigningKeyBodyPrivateJwkOkpUse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `CreateSigningKeyBodyPrivateJwkRsaAlg`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/private_jwk/oneOf/0/properties/alg`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSigningKeyBodyPrivateJwkRsaAlg {
    /// `RS256`
    Rs256,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateSigningKeyBodyPrivateJwkRsaAlg {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rs256 => "RS256",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateSigningKeyBodyPrivateJwkRsaAlg {
    fn from(value: &str) -> Self {
        match value {
            "RS256" => Self::Rs256,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateSigningKeyBodyPrivateJwkRsaAlg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateSigningKeyBodyPrivateJwkRsaAlg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateSigningKeyBodyPrivateJwkRsaAlg {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `CreateSigningKeyBodyPrivateJwkRsaE`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/private_jwk/oneOf/0/properties/e`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSigningKeyBodyPrivateJwkRsaE {
    /// `AQAB`
    Aqab,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateSigningKeyBodyPrivateJwkRsaE {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aqab => "AQAB",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateSigningKeyBodyPrivateJwkRsaE {
    fn from(value: &str) -> Self {
        match value {
            "AQAB" => Self::Aqab,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateSigningKeyBodyPrivateJwkRsaE {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateSigningKeyBodyPrivateJwkRsaE {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateSigningKeyBodyPrivateJwkRsaE {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `CreateSigningKeyBodyPrivateJwkRsaKeyOpsItem`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/private_jwk/oneOf/0/properties/key_ops/items`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSigningKeyBodyPrivateJwkRsaKeyOpsItem {
    /// `sign`
    Sign,
    /// `verify`
    Verify,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateSigningKeyBodyPrivateJwkRsaKeyOpsItem {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sign => "sign",
            Self::Verify => "verify",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateSigningKeyBodyPrivateJwkRsaKeyOpsItem {
    fn from(value: &str) -> Self {
        match value {
            "sign" => Self::Sign,
            "verify" => Self::Verify,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateSigningKeyBodyPrivateJwkRsaKeyOpsItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateSigningKeyBodyPrivateJwkRsaKeyOpsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateSigningKeyBodyPrivateJwkRsaKeyOpsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `CreateSigningKeyBodyPrivateJwkRsaUse`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/private_jwk/oneOf/0/properties/use`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSigningKeyBodyPrivateJwkRsaUse {
    /// `sig`
    Sig,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateSigningKeyBodyPrivateJwkRsaUse {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sig => "sig",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateSigningKeyBodyPrivateJwkRsaUse {
    fn from(value: &str) -> Self {
        match value {
            "sig" => Self::Sig,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateSigningKeyBodyPrivateJwkRsaUse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateSigningKeyBodyPrivateJwkRsaUse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateSigningKeyBodyPrivateJwkRsaUse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `CreateSigningKeyBodyStatus`
///
/// Schema: `#/components/schemas/CreateSigningKeyBody/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSigningKeyBodyStatus {
    /// `in_use`
    InUse,
    /// `standby`
    Standby,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateSigningKeyBodyStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InUse => "in_use",
            Self::Standby => "standby",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateSigningKeyBodyStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_use" => Self::InUse,
            "standby" => Self::Standby,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateSigningKeyBodyStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateSigningKeyBodyStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateSigningKeyBodyStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
