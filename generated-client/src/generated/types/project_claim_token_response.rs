//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ProjectClaimTokenResponse`.

crate::runtime::object! {
    /// Schema: `ProjectClaimTokenResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ProjectClaimTokenResponse {
        #[wire(required)]
        pub created_at: String,
        #[wire(required)]
        pub created_by: crate::runtime::uuid::Uuid,
        #[wire(required)]
        pub expires_at: String,
        #[wire(required)]
        pub token_alias: String,
    }
}
