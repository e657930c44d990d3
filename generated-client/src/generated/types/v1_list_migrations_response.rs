//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ListMigrationsResponse`.

/// Schema: `#/components/schemas/V1ListMigrationsResponse`
pub type V1ListMigrationsResponse = Vec<V1ListMigrationsResponseItem>;

crate::runtime::object! {
    /// Schema: `#/components/schemas/V1ListMigrationsResponse/items`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ListMigrationsResponseItem {
        pub name: Option<String>,
        #[wire(required)]
        pub version: String,
    }
}
