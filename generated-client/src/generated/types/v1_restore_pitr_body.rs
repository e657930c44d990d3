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
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1RestorePitrBody {
    const EXPECTING: &'static str = "struct V1RestorePitrBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<i64> = None;
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

impl V1RestorePitrBody {
    /// A value with the required fields (`recovery_time_target_unix`) set and every optional field absent.
    pub fn new(recovery_time_target_unix: i64) -> Self {
        Self { recovery_time_target_unix }
    }
}
