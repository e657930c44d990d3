//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdateBackupScheduleBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/V1UpdateBackupScheduleBody`
    #[derive(Debug, Clone, PartialEq)]
    pub struct V1UpdateBackupScheduleBody {
        /// Time of day to schedule daily backups, in UTC. Format: HH:MM:SS.
        pub schedule_for: String,
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
