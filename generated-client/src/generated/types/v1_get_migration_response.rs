//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1GetMigrationResponse`.

/// `V1GetMigrationResponse`
///
/// Schema: `#/components/schemas/V1GetMigrationResponse`
#[derive(Clone, PartialEq)]
pub struct V1GetMigrationResponse {
    /// `created_by`
    pub created_by: Option<String>,
    /// `idempotency_key`
    pub idempotency_key: Option<String>,
    /// `name`
    pub name: Option<String>,
    /// `rollback`
    pub rollback: Option<Vec<String>>,
    /// `statements`
    pub statements: Option<Vec<String>>,
    /// `version`
    pub version: String,
}

impl std::fmt::Debug for V1GetMigrationResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("V1GetMigrationResponse")
            .field("created_by", &self.created_by)
            .field("idempotency_key", &format_args!("[redacted]"))
            .field("name", &self.name)
            .field("rollback", &self.rollback)
            .field("statements", &self.statements)
            .field("version", &self.version)
            .finish()
    }
}

impl crate::runtime::ToFields for V1GetMigrationResponse {
    const NAME: &'static str = "V1GetMigrationResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("created_by", &self.created_by)
            .optional("idempotency_key", &self.idempotency_key)
            .optional("name", &self.name)
            .optional("rollback", &self.rollback)
            .optional("statements", &self.statements)
            .field("version", &self.version)
    }
}

impl crate::runtime::FromFields for V1GetMigrationResponse {
    const EXPECTING: &'static str = "struct V1GetMigrationResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut created_by: Option<String> = None;
        let mut idempotency_key: Option<String> = None;
        let mut name: Option<String> = None;
        let mut rollback: Option<Vec<String>> = None;
        let mut statements: Option<Vec<String>> = None;
        let mut version: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "created_by" => __map.set(&mut created_by),
                "idempotency_key" => __map.set(&mut idempotency_key),
                "name" => __map.set(&mut name),
                "rollback" => __map.set(&mut rollback),
                "statements" => __map.set(&mut statements),
                "version" => __map.fill(&mut version),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1GetMigrationResponse {
            created_by,
            idempotency_key,
            name,
            rollback,
            statements,
            version: crate::runtime::required(version, "version")?,
        })
    }
}
crate::runtime::object_serde!(V1GetMigrationResponse);
