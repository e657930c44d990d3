//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1PatchMigrationBody`.

/// `V1PatchMigrationBody`
///
/// Schema: `#/components/schemas/V1PatchMigrationBody`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct V1PatchMigrationBody {
    /// `name`
    pub name: Option<String>,
    /// `rollback`
    pub rollback: Option<String>,
}

impl crate::runtime::ToFields for V1PatchMigrationBody {
    const NAME: &'static str = "V1PatchMigrationBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.optional("name", &self.name).optional("rollback", &self.rollback)
    }
}

impl crate::runtime::FromFields for V1PatchMigrationBody {
    const EXPECTING: &'static str = "struct V1PatchMigrationBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut name: Option<String> = None;
        let mut rollback: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "name" => __map.set(&mut name),
                "rollback" => __map.set(&mut rollback),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1PatchMigrationBody {
            name,
            rollback,
        })
    }
}
crate::runtime::object_serde!(V1PatchMigrationBody);
