//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OAuthTokenResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/OAuthTokenResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct OAuthTokenResponse {
        pub access_token: String,
        pub expires_in: i64,
        pub refresh_token: String,
        pub token_type: OAuthTokenResponseTokenType,
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/OAuthTokenResponse/properties/token_type`
    #[allow(missing_docs)]
    pub enum OAuthTokenResponseTokenType {
        Bearer = "Bearer",
    }
}
