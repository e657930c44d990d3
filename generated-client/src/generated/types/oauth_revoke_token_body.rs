//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OAuthRevokeTokenBody`.

crate::runtime::object! {
    /// Schema: `OAuthRevokeTokenBody`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct OAuthRevokeTokenBody {
        #[wire(required)]
        pub client_id: crate::runtime::uuid::Uuid,
        #[wire(required)]
        pub client_secret: String,
        #[wire(required)]
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
