//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1CreateFunctionBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/V1CreateFunctionBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct V1CreateFunctionBody {
        pub body: String,
        pub name: String,
        pub slug: String,
        pub verify_jwt: Option<bool>,
    }
}

impl V1CreateFunctionBody {
    /// A value with the required fields (`body`, `name`, `slug`) set and every optional field
    /// absent.
    pub fn new(
        body: impl Into<String>,
        name: impl Into<String>,
        slug: impl Into<String>,
    ) -> Self {
        Self {
            body: body.into(),
            name: name.into(),
            slug: slug.into(),
            verify_jwt: None,
        }
    }
}
