//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SecretResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/SecretResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct SecretResponse {
        pub name: String,
        pub updated_at: Option<String>,
        pub value: String,
    }
}
