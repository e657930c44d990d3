//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdateBackupScheduleBody`.

crate::runtime::object! {
    /// Schema: `V1UpdateBackupScheduleBody`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1UpdateBackupScheduleBody {
        /// Time of day to schedule daily backups, in UTC. Format: HH:MM:SS.
        #[wire(required)]
        pub schedule_for: String,
    }
}
