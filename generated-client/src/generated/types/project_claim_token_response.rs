//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ProjectClaimTokenResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/ProjectClaimTokenResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct ProjectClaimTokenResponse {
        pub created_at: String,
        pub created_by: crate::runtime::uuid::Uuid,
        pub expires_at: String,
        pub token_alias: String,
    }
}
