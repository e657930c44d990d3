//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/PostgrestConfigWithJWTSecretResponse`.

crate::runtime::object! {
    /// Schema: `PostgrestConfigWithJWTSecretResponse`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct PostgrestConfigWithJwtSecretResponse {
        #[wire(required)]
        pub db_extra_search_path: String,
        /// If `null`, the value is automatically configured based on compute size.
        #[wire(required)]
        pub db_pool: Option<i64>,
        #[wire(required)]
        pub db_schema: String,
        pub jwt_secret: Option<String>,
        #[wire(required)]
        pub max_rows: i64,
    }
}

impl std::fmt::Debug for PostgrestConfigWithJwtSecretResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgrestConfigWithJwtSecretResponse")
            .field("db_extra_search_path", &self.db_extra_search_path)
            .field("db_pool", &self.db_pool)
            .field("db_schema", &self.db_schema)
            .field("jwt_secret", &format_args!("[redacted]"))
            .field("max_rows", &self.max_rows)
            .finish()
    }
}
