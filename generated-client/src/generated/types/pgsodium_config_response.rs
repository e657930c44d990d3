//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/PgsodiumConfigResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/PgsodiumConfigResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct PgsodiumConfigResponse {
        pub root_key: String,
    }
}
