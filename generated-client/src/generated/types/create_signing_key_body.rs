//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateSigningKeyBody`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `CreateSigningKeyBody`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateSigningKeyBody {
        #[wire(required)]
        pub algorithm: CreateSigningKeyBodyAlgorithm,
        pub private_jwk: Option<CreateSigningKeyBodyPrivateJwk>,
        pub status: Option<CreateSigningKeyBodyStatus>,
    }
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

crate::runtime::open_enum! {
    /// Schema: `CreateSigningKeyBody.algorithm`
    #[allow(missing_docs)]
    pub enum CreateSigningKeyBodyAlgorithm {
        EdDsa = "EdDSA",
        Es256 = "ES256",
        Rs256 = "RS256",
        Hs256 = "HS256",
    }
}

/// Schema: `CreateSigningKeyBody.private_jwk`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kty")]
#[non_exhaustive]
pub enum CreateSigningKeyBodyPrivateJwk {
    #[serde(rename = "RSA")]
    Rsa {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        alg: Option<CreateSigningKeyBodyPrivateJwkRsaAlg>,
        d: String,
        dp: String,
        dq: String,
        e: CreateSigningKeyBodyPrivateJwkRsaE,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ext: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        key_ops: Option<Vec<CreateSigningKeyBodyPrivateJwkRsaKeyOpsItem>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kid: Option<crate::runtime::uuid::Uuid>,
        n: String,
        p: String,
        q: String,
        qi: String,
        #[serde(rename = "use")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        use_: Option<CreateSigningKeyBodyPrivateJwkRsaUse>,
    },
    #[serde(rename = "EC")]
    Ec {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        alg: Option<CreateSigningKeyBodyPrivateJwkEcAlg>,
        crv: CreateSigningKeyBodyPrivateJwkEcCrv,
        d: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ext: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        key_ops: Option<Vec<CreateSigningKeyBodyPrivateJwkEcKeyOpsItem>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kid: Option<crate::runtime::uuid::Uuid>,
        #[serde(rename = "use")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        use_: Option<CreateSigningKeyBodyPrivateJwkEcUse>,
        x: String,
        y: String,
    },
    #[serde(rename = "OKP")]
    Okp {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        alg: Option<CreateSigningKeyBodyPrivateJwkOkpAlg>,
        crv: CreateSigningKeyBodyPrivateJwkOkpCrv,
        d: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ext: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        key_ops: Option<Vec<CreateSigningKeyBodyPrivateJwkOkpKeyOpsItem>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kid: Option<crate::runtime::uuid::Uuid>,
        #[serde(rename = "use")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        use_: Option<CreateSigningKeyBodyPrivateJwkOkpUse>,
        x: String,
    },
    #[serde(rename = "oct")]
    Oct {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        alg: Option<CreateSigningKeyBodyPrivateJwkOctAlg>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ext: Option<bool>,
        k: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        key_ops: Option<Vec<CreateSigningKeyBodyPrivateJwkOctKeyOpsItem>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kid: Option<crate::runtime::uuid::Uuid>,
        #[serde(rename = "use")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        use_: Option<CreateSigningKeyBodyPrivateJwkOctUse>,
    },
}

impl crate::runtime::Field for CreateSigningKeyBodyPrivateJwk {}
crate::runtime::open_enum! {
    /// Schema: `CreateSigningKeyBody.private_jwk.oneOf[1].alg`
    #[allow(missing_docs)]
    pub enum CreateSigningKeyBodyPrivateJwkEcAlg {
        Es256 = "ES256",
    }
}

crate::runtime::open_enum! {
    /// Schema: `CreateSigningKeyBody.private_jwk.oneOf[1].crv`
    #[allow(missing_docs)]
    pub enum CreateSigningKeyBodyPrivateJwkEcCrv {
        P256 = "P-256",
    }
}

crate::runtime::open_enum! {
    /// Schema: `CreateSigningKeyBody.private_jwk.oneOf[1].key_ops[]`
    #[allow(missing_docs)]
    pub enum CreateSigningKeyBodyPrivateJwkEcKeyOpsItem {
        Sign = "sign",
        Verify = "verify",
    }
}

crate::runtime::open_enum! {
    /// Schema: `CreateSigningKeyBody.private_jwk.oneOf[1].use`
    #[allow(missing_docs)]
    pub enum CreateSigningKeyBodyPrivateJwkEcUse {
        Sig = "sig",
    }
}

crate::runtime::open_enum! {
    /// Schema: `CreateSigningKeyBody.private_jwk.oneOf[3].alg`
    #[allow(missing_docs)]
    pub enum CreateSigningKeyBodyPrivateJwkOctAlg {
        Hs256 = "HS256",
    }
}

crate::runtime::open_enum! {
    /// Schema: `CreateSigningKeyBody.private_jwk.oneOf[3].key_ops[]`
    #[allow(missing_docs)]
    pub enum CreateSigningKeyBodyPrivateJwkOctKeyOpsItem {
        Sign = "sign",
        Verify = "verify",
    }
}

crate::runtime::open_enum! {
    /// Schema: `CreateSigningKeyBody.private_jwk.oneOf[3].use`
    #[allow(missing_docs)]
    pub enum CreateSigningKeyBodyPrivateJwkOctUse {
        Sig = "sig",
    }
}

crate::runtime::open_enum! {
    /// Schema: `CreateSigningKeyBody.private_jwk.oneOf[2].alg`
    #[allow(missing_docs)]
    pub enum CreateSigningKeyBodyPrivateJwkOkpAlg {
        EdDsa = "EdDSA",
    }
}

crate::runtime::open_enum! {
    /// Schema: `CreateSigningKeyBody.private_jwk.oneOf[2].crv`
    #[allow(missing_docs)]
    pub enum CreateSigningKeyBodyPrivateJwkOkpCrv {
        Ed25519 = "Ed25519",
    }
}

crate::runtime::open_enum! {
    /// Schema: `CreateSigningKeyBody.private_jwk.oneOf[2].key_ops[]`
    #[allow(missing_docs)]
    pub enum CreateSigningKeyBodyPrivateJwkOkpKeyOpsItem {
        Sign = "sign",
        Verify = "verify",
    }
}

crate::runtime::open_enum! {
    /// Schema: `CreateSigningKeyBody.private_jwk.oneOf[2].use`
    #[allow(missing_docs)]
    pub enum CreateSigningKeyBodyPrivateJwkOkpUse {
        Sig = "sig",
    }
}

crate::runtime::open_enum! {
    /// Schema: `CreateSigningKeyBody.private_jwk.oneOf[0].alg`
    #[allow(missing_docs)]
    pub enum CreateSigningKeyBodyPrivateJwkRsaAlg {
        Rs256 = "RS256",
    }
}

crate::runtime::open_enum! {
    /// Schema: `CreateSigningKeyBody.private_jwk.oneOf[0].e`
    #[allow(missing_docs)]
    pub enum CreateSigningKeyBodyPrivateJwkRsaE {
        Aqab = "AQAB",
    }
}

crate::runtime::open_enum! {
    /// Schema: `CreateSigningKeyBody.private_jwk.oneOf[0].key_ops[]`
    #[allow(missing_docs)]
    pub enum CreateSigningKeyBodyPrivateJwkRsaKeyOpsItem {
        Sign = "sign",
        Verify = "verify",
    }
}

crate::runtime::open_enum! {
    /// Schema: `CreateSigningKeyBody.private_jwk.oneOf[0].use`
    #[allow(missing_docs)]
    pub enum CreateSigningKeyBodyPrivateJwkRsaUse {
        Sig = "sig",
    }
}

crate::runtime::open_enum! {
    /// Schema: `CreateSigningKeyBody.status`
    #[allow(missing_docs)]
    pub enum CreateSigningKeyBodyStatus {
        InUse = "in_use",
        Standby = "standby",
    }
}
