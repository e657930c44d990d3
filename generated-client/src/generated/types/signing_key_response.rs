//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SigningKeyResponse`.

crate::runtime::object! {
    /// Schema: `SigningKeyResponse`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SigningKeyResponse {
        #[wire(required)]
        pub algorithm: SigningKeyResponseAlgorithm,
        #[wire(required)]
        pub created_at: crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
        #[wire(required)]
        pub id: crate::runtime::uuid::Uuid,
        pub public_jwk: Option<serde_json::Value>,
        #[wire(required)]
        pub status: SigningKeyResponseStatus,
        #[wire(required)]
        pub updated_at: crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
    }
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

crate::runtime::open_enum! {
    /// Schema: `SigningKeyResponse.algorithm`
    #[allow(missing_docs)]
    pub enum SigningKeyResponseAlgorithm {
        EdDsa = "EdDSA",
        Es256 = "ES256",
        Rs256 = "RS256",
        Hs256 = "HS256",
    }
}

crate::runtime::open_enum! {
    /// Schema: `SigningKeyResponse.status`
    #[allow(missing_docs)]
    pub enum SigningKeyResponseStatus {
        InUse = "in_use",
        PreviouslyUsed = "previously_used",
        Revoked = "revoked",
        Standby = "standby",
    }
}
