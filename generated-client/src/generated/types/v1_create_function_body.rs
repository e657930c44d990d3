//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1CreateFunctionBody`.

crate::runtime::object! {
    /// Schema: `V1CreateFunctionBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1CreateFunctionBody {
        #[wire(required)]
        pub body: String,
        #[wire(required)]
        pub name: String,
        #[wire(required)]
        pub slug: String,
        pub verify_jwt: Option<bool>,
    }
}
