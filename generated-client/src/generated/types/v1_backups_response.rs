//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1BackupsResponse`.

crate::runtime::object! {
    /// Schema: `V1BackupsResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1BackupsResponse {
        #[wire(required)]
        pub backups: Vec<V1BackupsResponseBackupsItem>,
        #[wire(required)]
        pub physical_backup_data: V1BackupsResponsePhysicalBackupData,
        #[wire(required)]
        pub pitr_enabled: bool,
        #[wire(required)]
        pub region: String,
        #[wire(required)]
        pub walg_enabled: bool,
    }
}

crate::runtime::object! {
    /// Schema: `V1BackupsResponse.backups[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1BackupsResponseBackupsItem {
        #[wire(required)]
        pub id: i64,
        #[wire(required)]
        pub inserted_at: String,
        #[wire(required)]
        pub is_physical_backup: bool,
        #[wire(required)]
        pub status: V1BackupsResponseBackupsItemStatus,
    }
}

crate::runtime::open_enum! {
    /// Schema: `V1BackupsResponse.backups[].status`
    #[allow(missing_docs)]
    pub enum V1BackupsResponseBackupsItemStatus {
        Completed = "COMPLETED",
        Failed = "FAILED",
        Pending = "PENDING",
        Removed = "REMOVED",
        Archived = "ARCHIVED",
        Cancelled = "CANCELLED",
    }
}

crate::runtime::object! {
    /// Schema: `V1BackupsResponse.physical_backup_data`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct V1BackupsResponsePhysicalBackupData {
        pub earliest_physical_backup_date_unix: Option<i64>,
        pub latest_physical_backup_date_unix: Option<i64>,
    }
}
