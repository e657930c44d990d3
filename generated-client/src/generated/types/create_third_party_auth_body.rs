//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateThirdPartyAuthBody`.

crate::runtime::object! {
    /// Schema: `CreateThirdPartyAuthBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct CreateThirdPartyAuthBody {
        pub custom_jwks: Option<serde_json::Value>,
        pub jwks_url: Option<String>,
        pub oidc_issuer_url: Option<String>,
    }
}
