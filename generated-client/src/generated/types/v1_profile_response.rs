//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ProfileResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/V1ProfileResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct V1ProfileResponse {
        pub gotrue_id: String,
        pub primary_email: String,
        pub username: String,
    }
}
