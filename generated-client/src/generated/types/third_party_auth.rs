//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ThirdPartyAuth`.

crate::runtime::object! {
    /// Schema: `ThirdPartyAuth`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ThirdPartyAuth {
        pub custom_jwks: Option<serde_json::Value>,
        #[wire(required)]
        pub id: crate::runtime::uuid::Uuid,
        #[wire(required)]
        pub inserted_at: String,
        pub jwks_url: Option<String>,
        pub oidc_issuer_url: Option<String>,
        pub resolved_at: Option<String>,
        pub resolved_jwks: Option<serde_json::Value>,
        #[wire("type", required)]
        pub type_: String,
        #[wire(required)]
        pub updated_at: String,
    }
}
