//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/TypescriptResponse`.

crate::runtime::object! {
    /// Schema: `TypescriptResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct TypescriptResponse {
        #[wire(required)]
        pub types: String,
    }
}
