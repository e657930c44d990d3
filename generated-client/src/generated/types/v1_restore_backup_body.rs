//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RestoreBackupBody`.

use serde::{Deserialize, Serialize};

/// `V1RestoreBackupBody`
///
/// Schema: `#/components/schemas/V1RestoreBackupBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1RestoreBackupBody {
    /// `id`
    pub id: i64,
}

impl<'de> Deserialize<'de> for V1RestoreBackupBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1RestoreBackupBody {
    const EXPECTING: &'static str = "struct V1RestoreBackupBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<i64> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "id" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1RestoreBackupBody {
            id: crate::runtime::required(field_0, "id")?,
        })
    }
}

impl V1RestoreBackupBody {
    /// A value with the required fields (`id`) set and every optional field absent.
    pub fn new(id: i64) -> Self {
        Self { id }
    }
}
