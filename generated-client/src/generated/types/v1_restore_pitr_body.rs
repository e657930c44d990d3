//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RestorePitrBody`.

use serde::{Deserialize, Serialize};

/// `V1RestorePitrBody`
///
/// Schema: `#/components/schemas/V1RestorePitrBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1RestorePitrBody {
    /// `recovery_time_target_unix`
    pub recovery_time_target_unix: i64,
}

impl<'de> Deserialize<'de> for V1RestorePitrBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = V1RestorePitrBody;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct V1RestorePitrBody")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<V1RestorePitrBody, __A::Error> {
                let mut field_0: Option<i64> = None;
                let mut map = crate::runtime::Fields::new(map);
                while let Some(key) = map.next_key()? {
                    let read = match key.as_str() {
                        "recovery_time_target_unix" => map.fill(&mut field_0),
                        _ => map.skip(),
                    };
                    read?;
                }
                Ok(V1RestorePitrBody {
                    recovery_time_target_unix: crate::runtime::required(
                        field_0,
                        "recovery_time_target_unix",
                    )?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

impl V1RestorePitrBody {
    /// A value with the required fields (`recovery_time_target_unix`) set and every optional field absent.
    pub fn new(recovery_time_target_unix: i64) -> Self {
        Self { recovery_time_target_unix }
    }
}
