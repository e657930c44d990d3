//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DatabaseUpgradeStatusResponse`.

crate::runtime::object! {
    /// Schema: `DatabaseUpgradeStatusResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DatabaseUpgradeStatusResponse {
        #[wire("databaseUpgradeStatus", required)]
        pub database_upgrade_status: Option<
            DatabaseUpgradeStatusResponseDatabaseUpgradeStatus,
        >,
    }
}

crate::runtime::object! {
    /// Schema: `DatabaseUpgradeStatusResponse.databaseUpgradeStatus`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DatabaseUpgradeStatusResponseDatabaseUpgradeStatus {
        pub error: Option<DatabaseUpgradeStatusResponseDatabaseUpgradeStatusError>,
        #[wire(required)]
        pub initiated_at: String,
        #[wire(required)]
        pub latest_status_at: String,
        pub progress: Option<DatabaseUpgradeStatusResponseDatabaseUpgradeStatusProgress>,
        #[wire(required)]
        pub status: f64,
        #[wire(required)]
        pub target_version: f64,
    }
}

crate::runtime::open_enum! {
    /// Schema: `DatabaseUpgradeStatusResponse.databaseUpgradeStatus.error`
    #[allow(missing_docs)]
    pub enum DatabaseUpgradeStatusResponseDatabaseUpgradeStatusError {
        V1UpgradedInstanceLaunchFailed = "1_upgraded_instance_launch_failed",
        V2VolumeDetachchmentFromUpgradedInstanceFailed =
            "2_volume_detachchment_from_upgraded_instance_failed",
        V3VolumeAttachmentToOriginalInstanceFailed =
            "3_volume_attachment_to_original_instance_failed",
        V4DataUpgradeInitiationFailed = "4_data_upgrade_initiation_failed",
        V5DataUpgradeCompletionFailed = "5_data_upgrade_completion_failed",
        V6VolumeDetachchmentFromOriginalInstanceFailed =
            "6_volume_detachchment_from_original_instance_failed",
        V7VolumeAttachmentToUpgradedInstanceFailed =
            "7_volume_attachment_to_upgraded_instance_failed",
        V8UpgradeCompletionFailed = "8_upgrade_completion_failed",
        V9PostPhysicalBackupFailed = "9_post_physical_backup_failed",
    }
}

crate::runtime::open_enum! {
    /// Schema: `DatabaseUpgradeStatusResponse.databaseUpgradeStatus.progress`
    #[allow(missing_docs)]
    pub enum DatabaseUpgradeStatusResponseDatabaseUpgradeStatusProgress {
        V0Requested = "0_requested",
        V1Started = "1_started",
        V2LaunchedUpgradedInstance = "2_launched_upgraded_instance",
        V3DetachedVolumeFromUpgradedInstance = "3_detached_volume_from_upgraded_instance",
        V4AttachedVolumeToOriginalInstance = "4_attached_volume_to_original_instance",
        V5InitiatedDataUpgrade = "5_initiated_data_upgrade",
        V6CompletedDataUpgrade = "6_completed_data_upgrade",
        V7DetachedVolumeFromOriginalInstance = "7_detached_volume_from_original_instance",
        V8AttachedVolumeToUpgradedInstance = "8_attached_volume_to_upgraded_instance",
        V9CompletedUpgrade = "9_completed_upgrade",
        V10CompletedPostPhysicalBackup = "10_completed_post_physical_backup",
    }
}
