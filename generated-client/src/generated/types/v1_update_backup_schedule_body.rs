//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdateBackupScheduleBody`.

/// `V1UpdateBackupScheduleBody`
///
/// Schema: `#/components/schemas/V1UpdateBackupScheduleBody`
#[derive(Debug, Clone, PartialEq)]
pub struct V1UpdateBackupScheduleBody {
    /// Time of day to schedule daily backups, in UTC. Format: HH:MM:SS.
    pub schedule_for: String,
}

impl crate::runtime::ToFields for V1UpdateBackupScheduleBody {
    const NAME: &'static str = "V1UpdateBackupScheduleBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("schedule_for", &self.schedule_for)
    }
}

impl crate::runtime::FromFields for V1UpdateBackupScheduleBody {
    const EXPECTING: &'static str = "struct V1UpdateBackupScheduleBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut schedule_for: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "schedule_for" => __map.fill(&mut schedule_for),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1UpdateBackupScheduleBody {
            schedule_for: crate::runtime::required(schedule_for, "schedule_for")?,
        })
    }
}
crate::runtime::object_serde!(V1UpdateBackupScheduleBody);

impl V1UpdateBackupScheduleBody {
    /// A value with the required fields (`schedule_for`) set and every optional field absent.
    pub fn new(schedule_for: impl Into<String>) -> Self {
        Self {
            schedule_for: schedule_for.into(),
        }
    }
}
