//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1PostgrestConfigResponse`.

crate::runtime::object! {
    /// Schema: `V1PostgrestConfigResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1PostgrestConfigResponse {
        #[wire(required)]
        pub db_extra_search_path: String,
        /// If `null`, the value is automatically configured based on compute size.
        #[wire(required)]
        pub db_pool: Option<i64>,
        #[wire(required)]
        pub db_schema: String,
        #[wire(required)]
        pub max_rows: i64,
    }
}
