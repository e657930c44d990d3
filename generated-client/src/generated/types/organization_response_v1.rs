//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OrganizationResponseV1`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/OrganizationResponseV1`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct OrganizationResponseV1 {
        /// Deprecated: Use `slug` instead.
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        pub id: String,
        pub name: String,
        /// Organization slug
        pub slug: String,
    }
}
