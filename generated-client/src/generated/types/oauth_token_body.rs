//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OAuthTokenBody`.

crate::runtime::object! {
    /// Schema: `OAuthTokenBody`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct OAuthTokenBody {
        pub client_id: Option<crate::runtime::uuid::Uuid>,
        pub client_secret: Option<String>,
        pub code: Option<String>,
        pub code_verifier: Option<String>,
        pub grant_type: Option<OAuthTokenBodyGrantType>,
        pub redirect_uri: Option<String>,
        pub refresh_token: Option<String>,
        /// Resource indicator for MCP (Model Context Protocol) clients
        pub resource: Option<String>,
        pub scope: Option<String>,
    }
}

impl std::fmt::Debug for OAuthTokenBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthTokenBody")
            .field("client_id", &self.client_id)
            .field("client_secret", &format_args!("[redacted]"))
            .field("code", &self.code)
            .field("code_verifier", &self.code_verifier)
            .field("grant_type", &self.grant_type)
            .field("redirect_uri", &self.redirect_uri)
            .field("refresh_token", &format_args!("[redacted]"))
            .field("resource", &self.resource)
            .field("scope", &self.scope)
            .finish()
    }
}

crate::runtime::open_enum! {
    /// Schema: `OAuthTokenBody.grant_type`
    #[allow(missing_docs)]
    pub enum OAuthTokenBodyGrantType {
        AuthorizationCode = "authorization_code",
        RefreshToken = "refresh_token",
    }
}
