//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1OrganizationMemberResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/V1OrganizationMemberResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct V1OrganizationMemberResponse {
        pub email: Option<String>,
        pub mfa_enabled: bool,
        pub role_name: String,
        pub user_id: String,
        pub user_name: String,
    }
}
