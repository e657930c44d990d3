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
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = V1RestoreBackupBody;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct V1RestoreBackupBody")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<V1RestoreBackupBody, __A::Error> {
                let mut field_0: Option<i64> = None;
                let mut map = crate::runtime::Fields::new(map);
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
        deserializer.deserialize_map(__Visitor)
    }
}

impl V1RestoreBackupBody {
    /// A value with the required fields (`id`) set and every optional field absent.
    pub fn new(id: i64) -> Self {
        Self { id }
    }
}
