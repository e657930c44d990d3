//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1OrganizationMemberResponse`.

crate::runtime::object! {
    /// Schema: `V1OrganizationMemberResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1OrganizationMemberResponse {
        pub email: Option<String>,
        #[wire(required)]
        pub mfa_enabled: bool,
        #[wire(required)]
        pub role_name: String,
        #[wire(required)]
        pub user_id: String,
        #[wire(required)]
        pub user_name: String,
    }
}
