//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BranchActionBody`.

/// `BranchActionBody`
///
/// Schema: `#/components/schemas/BranchActionBody`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BranchActionBody {
    /// `migration_version`
    pub migration_version: Option<String>,
}

impl crate::runtime::ToFields for BranchActionBody {
    const NAME: &'static str = "BranchActionBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.optional("migration_version", &self.migration_version)
    }
}

impl crate::runtime::FromFields for BranchActionBody {
    const EXPECTING: &'static str = "struct BranchActionBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut migration_version: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "migration_version" => __map.set(&mut migration_version),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(BranchActionBody {
            migration_version,
        })
    }
}
crate::runtime::object_serde!(BranchActionBody);
