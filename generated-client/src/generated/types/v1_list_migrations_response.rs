//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ListMigrationsResponse`.

/// Schema: `V1ListMigrationsResponse`
pub type V1ListMigrationsResponse = Vec<V1ListMigrationsResponseItem>;

crate::runtime::object! {
    /// Schema: `V1ListMigrationsResponse[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ListMigrationsResponseItem {
        pub name: Option<String>,
        #[wire(required)]
        pub version: String,
    }
}
