//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/PostgrestConfigWithJWTSecretResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/PostgrestConfigWithJWTSecretResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct PostgrestConfigWithJwtSecretResponse {
        pub db_extra_search_path: String,
        /// If `null`, the value is automatically configured based on compute size.
        #[wire(required)]
        pub db_pool: Option<i64>,
        pub db_schema: String,
        pub jwt_secret: Option<String>,
        pub max_rows: i64,
    }
}
