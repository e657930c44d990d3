//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SigningKeysResponse`.

crate::runtime::object! {
    /// Schema: `SigningKeysResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SigningKeysResponse {
        #[wire(required)]
        pub keys: Vec<SigningKeysResponseKeysItem>,
    }
}

crate::runtime::object! {
    /// Schema: `SigningKeysResponse.keys[]`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SigningKeysResponseKeysItem {
        #[wire(required)]
        pub algorithm: SigningKeysResponseKeysItemAlgorithm,
        #[wire(required)]
        pub created_at: crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
        #[wire(required)]
        pub id: crate::runtime::uuid::Uuid,
        pub public_jwk: Option<serde_json::Value>,
        #[wire(required)]
        pub status: SigningKeysResponseKeysItemStatus,
        #[wire(required)]
        pub updated_at: crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
    }
}

impl std::fmt::Debug for SigningKeysResponseKeysItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKeysResponseKeysItem")
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
    /// Schema: `SigningKeysResponse.keys[].algorithm`
    #[allow(missing_docs)]
    pub enum SigningKeysResponseKeysItemAlgorithm {
        EdDsa = "EdDSA",
        Es256 = "ES256",
        Rs256 = "RS256",
        Hs256 = "HS256",
    }
}

crate::runtime::open_enum! {
    /// Schema: `SigningKeysResponse.keys[].status`
    #[allow(missing_docs)]
    pub enum SigningKeysResponseKeysItemStatus {
        InUse = "in_use",
        PreviouslyUsed = "previously_used",
        Revoked = "revoked",
        Standby = "standby",
    }
}
