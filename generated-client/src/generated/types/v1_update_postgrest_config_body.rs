//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdatePostgrestConfigBody`.

/// `V1UpdatePostgrestConfigBody`
///
/// Schema: `#/components/schemas/V1UpdatePostgrestConfigBody`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct V1UpdatePostgrestConfigBody {
    /// `db_extra_search_path`
    pub db_extra_search_path: Option<String>,
    /// `db_pool`
    pub db_pool: Option<i64>,
    /// `db_schema`
    pub db_schema: Option<String>,
    /// `max_rows`
    pub max_rows: Option<i64>,
}

impl crate::runtime::ToFields for V1UpdatePostgrestConfigBody {
    const NAME: &'static str = "V1UpdatePostgrestConfigBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("db_extra_search_path", &self.db_extra_search_path)
            .optional("db_pool", &self.db_pool)
            .optional("db_schema", &self.db_schema)
            .optional("max_rows", &self.max_rows)
    }
}

impl crate::runtime::FromFields for V1UpdatePostgrestConfigBody {
    const EXPECTING: &'static str = "struct V1UpdatePostgrestConfigBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut db_extra_search_path: Option<String> = None;
        let mut db_pool: Option<i64> = None;
        let mut db_schema: Option<String> = None;
        let mut max_rows: Option<i64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "db_extra_search_path" => __map.set(&mut db_extra_search_path),
                "db_pool" => __map.set(&mut db_pool),
                "db_schema" => __map.set(&mut db_schema),
                "max_rows" => __map.set(&mut max_rows),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1UpdatePostgrestConfigBody {
            db_extra_search_path,
            db_pool,
            db_schema,
            max_rows,
        })
    }
}
crate::runtime::object_serde!(V1UpdatePostgrestConfigBody);
