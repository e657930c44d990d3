//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RestoreBackupBody`.

/// `V1RestoreBackupBody`
///
/// Schema: `#/components/schemas/V1RestoreBackupBody`
#[derive(Debug, Clone, PartialEq)]
pub struct V1RestoreBackupBody {
    /// `id`
    pub id: i64,
}

impl crate::runtime::ToFields for V1RestoreBackupBody {
    const NAME: &'static str = "V1RestoreBackupBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("id", &self.id)
    }
}

impl crate::runtime::FromFields for V1RestoreBackupBody {
    const EXPECTING: &'static str = "struct V1RestoreBackupBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut id: Option<i64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "id" => __map.fill(&mut id),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1RestoreBackupBody {
            id: crate::runtime::required(id, "id")?,
        })
    }
}
crate::runtime::object_serde!(V1RestoreBackupBody);

impl V1RestoreBackupBody {
    /// A value with the required fields (`id`) set and every optional field absent.
    pub fn new(id: i64) -> Self {
        Self { id }
    }
}
