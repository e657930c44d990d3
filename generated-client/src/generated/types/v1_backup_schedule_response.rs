//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1BackupScheduleResponse`.

use serde::{Deserialize, Serialize};

/// `V1BackupScheduleResponse`
///
/// Schema: `#/components/schemas/V1BackupScheduleResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1BackupScheduleResponse {
    /// Time of day to schedule daily backups, in UTC. Format: HH:MM:SS.
    pub schedule_for: String,
    /// Timestamp of when the backup schedule was last updated.
    pub updated_at: String,
}

impl<'de> Deserialize<'de> for V1BackupScheduleResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1BackupScheduleResponse {
    const EXPECTING: &'static str = "struct V1BackupScheduleResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "schedule_for" => map.fill(&mut field_0),
                "updated_at" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1BackupScheduleResponse {
            schedule_for: crate::runtime::required(field_0, "schedule_for")?,
            updated_at: crate::runtime::required(field_1, "updated_at")?,
        })
    }
}
