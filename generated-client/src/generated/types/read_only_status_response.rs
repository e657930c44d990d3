//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ReadOnlyStatusResponse`.

crate::runtime::object! {
    /// Schema: `ReadOnlyStatusResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ReadOnlyStatusResponse {
        #[wire(required)]
        pub enabled: bool,
        #[wire(required)]
        pub override_active_until: String,
        #[wire(required)]
        pub override_enabled: bool,
    }
}
