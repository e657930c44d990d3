//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SigningKeyResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/SigningKeyResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct SigningKeyResponse {
        pub algorithm: SigningKeyResponseAlgorithm,
        pub created_at: String,
        pub id: String,
        pub public_jwk: Option<serde_json::Value>,
        pub status: SigningKeyResponseStatus,
        pub updated_at: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/SigningKeyResponse/properties/algorithm`
    #[allow(missing_docs)]
    pub enum SigningKeyResponseAlgorithm {
        EdDsa = "EdDSA",
        Es256 = "ES256",
        Rs256 = "RS256",
        Hs256 = "HS256",
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/SigningKeyResponse/properties/status`
    #[allow(missing_docs)]
    pub enum SigningKeyResponseStatus {
        InUse = "in_use",
        PreviouslyUsed = "previously_used",
        Revoked = "revoked",
        Standby = "standby",
    }
}
