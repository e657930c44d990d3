//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/LegacyApiKeysResponse`.

crate::runtime::object! {
    /// Schema: `LegacyApiKeysResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct LegacyApiKeysResponse {
        #[wire(required)]
        pub enabled: bool,
    }
}
