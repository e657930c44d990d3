//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdateBackupScheduleBody`.

use serde::{Deserialize, Serialize};

/// `V1UpdateBackupScheduleBody`
///
/// Schema: `#/components/schemas/V1UpdateBackupScheduleBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1UpdateBackupScheduleBody {
    /// Time of day to schedule daily backups, in UTC. Format: HH:MM:SS.
    pub schedule_for: String,
}

impl<'de> Deserialize<'de> for V1UpdateBackupScheduleBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1UpdateBackupScheduleBody {
    const EXPECTING: &'static str = "struct V1UpdateBackupScheduleBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "schedule_for" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1UpdateBackupScheduleBody {
            schedule_for: crate::runtime::required(field_0, "schedule_for")?,
        })
    }
}

impl V1UpdateBackupScheduleBody {
    /// A value with the required fields (`schedule_for`) set and every optional field absent.
    pub fn new(schedule_for: impl Into<String>) -> Self {
        Self {
            schedule_for: schedule_for.into(),
        }
    }
}
