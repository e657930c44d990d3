//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ProfileResponse`.

crate::runtime::object! {
    /// Schema: `V1ProfileResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ProfileResponse {
        #[wire(required)]
        pub gotrue_id: String,
        #[wire(required)]
        pub primary_email: String,
        #[wire(required)]
        pub username: String,
    }
}
