//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/PostgrestConfigWithJWTSecretResponse`.

/// `PostgrestConfigWithJwtSecretResponse`
///
/// Schema: `#/components/schemas/PostgrestConfigWithJWTSecretResponse`
#[derive(Clone, PartialEq)]
pub struct PostgrestConfigWithJwtSecretResponse {
    /// `db_extra_search_path`
    pub db_extra_search_path: String,
    /// If `null`, the value is automatically configured based on compute size.
    pub db_pool: Option<i64>,
    /// `db_schema`
    pub db_schema: String,
    /// `jwt_secret`
    pub jwt_secret: Option<String>,
    /// `max_rows`
    pub max_rows: i64,
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

impl crate::runtime::ToFields for PostgrestConfigWithJwtSecretResponse {
    const NAME: &'static str = "PostgrestConfigWithJwtSecretResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("db_extra_search_path", &self.db_extra_search_path)
            .field("db_pool", &self.db_pool)
            .field("db_schema", &self.db_schema)
            .optional("jwt_secret", &self.jwt_secret)
            .field("max_rows", &self.max_rows)
    }
}

impl crate::runtime::FromFields for PostgrestConfigWithJwtSecretResponse {
    const EXPECTING: &'static str = "struct PostgrestConfigWithJwtSecretResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut db_extra_search_path: Option<String> = None;
        let mut db_pool: Option<i64> = None;
        let mut db_schema: Option<String> = None;
        let mut jwt_secret: Option<String> = None;
        let mut max_rows: Option<i64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "db_extra_search_path" => __map.fill(&mut db_extra_search_path),
                "db_pool" => __map.set(&mut db_pool),
                "db_schema" => __map.fill(&mut db_schema),
                "jwt_secret" => __map.set(&mut jwt_secret),
                "max_rows" => __map.fill(&mut max_rows),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(PostgrestConfigWithJwtSecretResponse {
            db_extra_search_path: crate::runtime::required(
                db_extra_search_path,
                "db_extra_search_path",
            )?,
            db_pool,
            db_schema: crate::runtime::required(db_schema, "db_schema")?,
            jwt_secret,
            max_rows: crate::runtime::required(max_rows, "max_rows")?,
        })
    }
}
crate::runtime::object_serde!(PostgrestConfigWithJwtSecretResponse);
