//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpsertMigrationBody`.

/// `V1UpsertMigrationBody`
///
/// Schema: `#/components/schemas/V1UpsertMigrationBody`
#[derive(Debug, Clone, PartialEq)]
pub struct V1UpsertMigrationBody {
    /// `name`
    pub name: Option<String>,
    /// `query`
    pub query: String,
    /// `rollback`
    pub rollback: Option<String>,
}

impl crate::runtime::ToFields for V1UpsertMigrationBody {
    const NAME: &'static str = "V1UpsertMigrationBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("name", &self.name)
            .field("query", &self.query)
            .optional("rollback", &self.rollback)
    }
}

impl crate::runtime::FromFields for V1UpsertMigrationBody {
    const EXPECTING: &'static str = "struct V1UpsertMigrationBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut name: Option<String> = None;
        let mut query: Option<String> = None;
        let mut rollback: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "name" => __map.set(&mut name),
                "query" => __map.fill(&mut query),
                "rollback" => __map.set(&mut rollback),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1UpsertMigrationBody {
            name,
            query: crate::runtime::required(query, "query")?,
            rollback,
        })
    }
}
crate::runtime::object_serde!(V1UpsertMigrationBody);

impl V1UpsertMigrationBody {
    /// A value with the required fields (`query`) set and every optional field absent.
    pub fn new(query: impl Into<String>) -> Self {
        Self {
            name: None,
            query: query.into(),
            rollback: None,
        }
    }
}
