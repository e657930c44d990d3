//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1BackupScheduleResponse`.

crate::runtime::object! {
    /// Schema: `V1BackupScheduleResponse`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1BackupScheduleResponse {
        /// Time of day to schedule daily backups, in UTC. Format: HH:MM:SS.
        #[wire(required)]
        pub schedule_for: String,
        /// Timestamp of when the backup schedule was last updated.
        #[wire(required)]
        pub updated_at: crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
    }
}
