//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OAuthRevokeTokenBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/OAuthRevokeTokenBody`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    pub struct OAuthRevokeTokenBody {
        pub client_id: crate::runtime::uuid::Uuid,
        pub client_secret: String,
        pub refresh_token: String,
    }
}

impl std::fmt::Debug for OAuthRevokeTokenBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthRevokeTokenBody")
            .field("client_id", &self.client_id)
            .field("client_secret", &format_args!("[redacted]"))
            .field("refresh_token", &format_args!("[redacted]"))
            .finish()
    }
}

impl OAuthRevokeTokenBody {
    /// A value with the required fields (`client_id`, `client_secret`, `refresh_token`) set and
    /// every optional field absent.
    pub fn new(
        client_id: crate::runtime::uuid::Uuid,
        client_secret: impl Into<String>,
        refresh_token: impl Into<String>,
    ) -> Self {
        Self {
            client_id,
            client_secret: client_secret.into(),
            refresh_token: refresh_token.into(),
        }
    }
}
