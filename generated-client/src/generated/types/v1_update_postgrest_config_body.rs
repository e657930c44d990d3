//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdatePostgrestConfigBody`.

crate::runtime::object! {
    /// Schema: `V1UpdatePostgrestConfigBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct V1UpdatePostgrestConfigBody {
        pub db_extra_search_path: Option<String>,
        pub db_pool: Option<i64>,
        pub db_schema: Option<String>,
        pub max_rows: Option<i64>,
    }
}
