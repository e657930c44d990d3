//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ReadOnlyStatusResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/ReadOnlyStatusResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReadOnlyStatusResponse {
        pub enabled: bool,
        pub override_active_until: String,
        pub override_enabled: bool,
    }
}
