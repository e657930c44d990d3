//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OrganizationResponseV1`.

crate::runtime::object! {
    /// Schema: `OrganizationResponseV1`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct OrganizationResponseV1 {
        /// Deprecated: Use `slug` instead.
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        #[wire(required)]
        pub id: String,
        #[wire(required)]
        pub name: String,
        /// Organization slug
        #[wire(required)]
        pub slug: String,
    }
}
