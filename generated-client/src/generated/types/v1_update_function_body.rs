//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdateFunctionBody`.

crate::runtime::object! {
    /// Schema: `V1UpdateFunctionBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct V1UpdateFunctionBody {
        pub body: Option<String>,
        pub name: Option<String>,
        pub verify_jwt: Option<bool>,
    }
}
