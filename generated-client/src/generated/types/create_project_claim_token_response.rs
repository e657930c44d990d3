//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateProjectClaimTokenResponse`.

crate::runtime::object! {
    /// Schema: `CreateProjectClaimTokenResponse`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateProjectClaimTokenResponse {
        #[wire(required)]
        pub created_at: String,
        #[wire(required)]
        pub created_by: crate::runtime::uuid::Uuid,
        #[wire(required)]
        pub expires_at: String,
        #[wire(required)]
        pub token: String,
        #[wire(required)]
        pub token_alias: String,
    }
}

impl std::fmt::Debug for CreateProjectClaimTokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateProjectClaimTokenResponse")
            .field("created_at", &self.created_at)
            .field("created_by", &self.created_by)
            .field("expires_at", &self.expires_at)
            .field("token", &format_args!("[redacted]"))
            .field("token_alias", &self.token_alias)
            .finish()
    }
}
