//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OAuthTokenResponse`.

crate::runtime::object! {
    /// Schema: `OAuthTokenResponse`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct OAuthTokenResponse {
        #[wire(required)]
        pub access_token: String,
        #[wire(required)]
        pub expires_in: i64,
        #[wire(required)]
        pub refresh_token: String,
        #[wire(required)]
        pub token_type: OAuthTokenResponseTokenType,
    }
}

impl std::fmt::Debug for OAuthTokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthTokenResponse")
            .field("access_token", &format_args!("[redacted]"))
            .field("expires_in", &self.expires_in)
            .field("refresh_token", &format_args!("[redacted]"))
            .field("token_type", &self.token_type)
            .finish()
    }
}

crate::runtime::open_enum! {
    /// Schema: `OAuthTokenResponse.token_type`
    #[allow(missing_docs)]
    pub enum OAuthTokenResponseTokenType {
        Bearer = "Bearer",
    }
}
