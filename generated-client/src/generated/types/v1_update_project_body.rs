//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdateProjectBody`.

crate::runtime::object! {
    /// Schema: `V1UpdateProjectBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1UpdateProjectBody {
        #[wire(required)]
        pub name: String,
    }
}
