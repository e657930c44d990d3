//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1BackupScheduleResponse`.

/// `V1BackupScheduleResponse`
///
/// Schema: `#/components/schemas/V1BackupScheduleResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct V1BackupScheduleResponse {
    /// Time of day to schedule daily backups, in UTC. Format: HH:MM:SS.
    pub schedule_for: String,
    /// Timestamp of when the backup schedule was last updated.
    pub updated_at: String,
}

impl crate::runtime::ToFields for V1BackupScheduleResponse {
    const NAME: &'static str = "V1BackupScheduleResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("schedule_for", &self.schedule_for)
            .field("updated_at", &self.updated_at)
    }
}

impl crate::runtime::FromFields for V1BackupScheduleResponse {
    const EXPECTING: &'static str = "struct V1BackupScheduleResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut schedule_for: Option<String> = None;
        let mut updated_at: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "schedule_for" => __map.fill(&mut schedule_for),
                "updated_at" => __map.fill(&mut updated_at),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1BackupScheduleResponse {
            schedule_for: crate::runtime::required(schedule_for, "schedule_for")?,
            updated_at: crate::runtime::required(updated_at, "updated_at")?,
        })
    }
}
crate::runtime::object_serde!(V1BackupScheduleResponse);
