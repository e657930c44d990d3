//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RestorePointPostBody`.

crate::runtime::object! {
    /// Schema: `V1RestorePointPostBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1RestorePointPostBody {
        #[wire(required)]
        pub name: String,
    }
}
