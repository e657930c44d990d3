//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DatabaseUpgradeStatusResponse`.

use serde::{Deserialize, Serialize};

/// `DatabaseUpgradeStatusResponse`
///
/// Schema: `#/components/schemas/DatabaseUpgradeStatusResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseUpgradeStatusResponse {
    /// `databaseUpgradeStatus`
    pub database_upgrade_status: Option<
        DatabaseUpgradeStatusResponseDatabaseUpgradeStatus,
    >,
}

impl crate::runtime::ToFields for DatabaseUpgradeStatusResponse {
    const NAME: &'static str = "DatabaseUpgradeStatusResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("databaseUpgradeStatus", &self.database_upgrade_status)
    }
}

impl crate::runtime::FromFields for DatabaseUpgradeStatusResponse {
    const EXPECTING: &'static str = "struct DatabaseUpgradeStatusResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut database_upgrade_status: Option<
            DatabaseUpgradeStatusResponseDatabaseUpgradeStatus,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "databaseUpgradeStatus" => __map.set(&mut database_upgrade_status),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(DatabaseUpgradeStatusResponse {
            database_upgrade_status,
        })
    }
}
crate::runtime::object_serde!(DatabaseUpgradeStatusResponse);

/// `DatabaseUpgradeStatusResponseDatabaseUpgradeStatus`
///
/// Schema: `#/components/schemas/DatabaseUpgradeStatusResponse/properties/databaseUpgradeStatus`
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseUpgradeStatusResponseDatabaseUpgradeStatus {
    /// `error`
    pub error: Option<DatabaseUpgradeStatusResponseDatabaseUpgradeStatusError>,
    /// `initiated_at`
    pub initiated_at: String,
    /// `latest_status_at`
    pub latest_status_at: String,
    /// `progress`
    pub progress: Option<DatabaseUpgradeStatusResponseDatabaseUpgradeStatusProgress>,
    /// `status`
    pub status: f64,
    /// `target_version`
    pub target_version: f64,
}

impl crate::runtime::ToFields for DatabaseUpgradeStatusResponseDatabaseUpgradeStatus {
    const NAME: &'static str = "DatabaseUpgradeStatusResponseDatabaseUpgradeStatus";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("error", &self.error)
            .field("initiated_at", &self.initiated_at)
            .field("latest_status_at", &self.latest_status_at)
            .optional("progress", &self.progress)
            .field("status", &self.status)
            .field("target_version", &self.target_version)
    }
}

impl crate::runtime::FromFields for DatabaseUpgradeStatusResponseDatabaseUpgradeStatus {
    const EXPECTING: &'static str = "struct DatabaseUpgradeStatusResponseDatabaseUpgradeStatus";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut error: Option<DatabaseUpgradeStatusResponseDatabaseUpgradeStatusError> = None;
        let mut initiated_at: Option<String> = None;
        let mut latest_status_at: Option<String> = None;
        let mut progress: Option<
            DatabaseUpgradeStatusResponseDatabaseUpgradeStatusProgress,
        > = None;
        let mut status: Option<f64> = None;
        let mut target_version: Option<f64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "error" => __map.set(&mut error),
                "initiated_at" => __map.fill(&mut initiated_at),
                "latest_status_at" => __map.fill(&mut latest_status_at),
                "progress" => __map.set(&mut progress),
                "status" => __map.fill(&mut status),
                "target_version" => __map.fill(&mut target_version),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(DatabaseUpgradeStatusResponseDatabaseUpgradeStatus {
            error,
            initiated_at: crate::runtime::required(initiated_at, "initiated_at")?,
            latest_status_at: crate::runtime::required(
                latest_status_at,
                "latest_status_at",
            )?,
            progress,
            status: crate::runtime::required(status, "status")?,
            target_version: crate::runtime::required(target_version, "target_version")?,
        })
    }
}
crate::runtime::object_serde!(DatabaseUpgradeStatusResponseDatabaseUpgradeStatus);

/// `DatabaseUpgradeStatusResponseDatabaseUpgradeStatusError`
///
/// Schema: `#/components/schemas/DatabaseUpgradeStatusResponse/properties/databaseUpgradeStatus/properties/error`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DatabaseUpgradeStatusResponseDatabaseUpgradeStatusError {
    /// `1_upgraded_instance_launch_failed`
    V1UpgradedInstanceLaunchFailed,
    /// `2_volume_detachchment_from_upgraded_instance_failed`
    V2UnderscoreVolumeUnderscoreDetachchmentUnderscoreFromUnderscoreUpgradedUnderscoreInstanceUnderscoreFailed,
    /// `3_volume_attachment_to_original_instance_failed`
    V3UnderscoreVolumeUnderscoreAttachmentUnderscoreToUnderscoreOriginalUnderscoreInstanceUnderscoreFailed,
    /// `4_data_upgrade_initiation_failed`
    V4DataUpgradeInitiationFailed,
    /// `5_data_upgrade_completion_failed`
    V5DataUpgradeCompletionFailed,
    /// `6_volume_detachchment_from_original_instance_failed`
    V6UnderscoreVolumeUnderscoreDetachchmentUnderscoreFromUnderscoreOriginalUnderscoreInstanceUnderscoreFailed,
    /// `7_volume_attachment_to_upgraded_instance_failed`
    V7UnderscoreVolumeUnderscoreAttachmentUnderscoreToUnderscoreUpgradedUnderscoreInstanceUnderscoreFailed,
    /// `8_upgrade_completion_failed`
    V8UpgradeCompletionFailed,
    /// `9_post_physical_backup_failed`
    V9PostPhysicalBackupFailed,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl DatabaseUpgradeStatusResponseDatabaseUpgradeStatusError {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1UpgradedInstanceLaunchFailed => "1_upgraded_instance_launch_failed",
            Self::V2UnderscoreVolumeUnderscoreDetachchmentUnderscoreFromUnderscoreUpgradedUnderscoreInstanceUnderscoreFailed => {
                "2_volume_detachchment_from_upgraded_instance_failed"
            }
            Self::V3UnderscoreVolumeUnderscoreAttachmentUnderscoreToUnderscoreOriginalUnderscoreInstanceUnderscoreFailed => {
                "3_volume_attachment_to_original_instance_failed"
            }
            Self::V4DataUpgradeInitiationFailed => "4_data_upgrade_initiation_failed",
            Self::V5DataUpgradeCompletionFailed => "5_data_upgrade_completion_failed",
            Self::V6UnderscoreVolumeUnderscoreDetachchmentUnderscoreFromUnderscoreOriginalUnderscoreInstanceUnderscoreFailed => {
                "6_volume_detachchment_from_original_instance_failed"
            }
            Self::V7UnderscoreVolumeUnderscoreAttachmentUnderscoreToUnderscoreUpgradedUnderscoreInstanceUnderscoreFailed => {
                "7_volume_attachment_to_upgraded_instance_failed"
            }
            Self::V8UpgradeCompletionFailed => "8_upgrade_completion_failed",
            Self::V9PostPhysicalBackupFailed => "9_post_physical_backup_failed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for DatabaseUpgradeStatusResponseDatabaseUpgradeStatusError {
    fn from(value: &str) -> Self {
        match value {
            "1_upgraded_instance_launch_failed" => Self::V1UpgradedInstanceLaunchFailed,
            "2_volume_detachchment_from_upgraded_instance_failed" => {
                Self::V2UnderscoreVolumeUnderscoreDetachchmentUnderscoreFromUnderscoreUpgradedUnderscoreInstanceUnderscoreFailed
            }
            "3_volume_attachment_to_original_instance_failed" => {
                Self::V3UnderscoreVolumeUnderscoreAttachmentUnderscoreToUnderscoreOriginalUnderscoreInstanceUnderscoreFailed
            }
            "4_data_upgrade_initiation_failed" => Self::V4DataUpgradeInitiationFailed,
            "5_data_upgrade_completion_failed" => Self::V5DataUpgradeCompletionFailed,
            "6_volume_detachchment_from_original_instance_failed" => {
                Self::V6UnderscoreVolumeUnderscoreDetachchmentUnderscoreFromUnderscoreOriginalUnderscoreInstanceUnderscoreFailed
            }
            "7_volume_attachment_to_upgraded_instance_failed" => {
                Self::V7UnderscoreVolumeUnderscoreAttachmentUnderscoreToUnderscoreUpgradedUnderscoreInstanceUnderscoreFailed
            }
            "8_upgrade_completion_failed" => Self::V8UpgradeCompletionFailed,
            "9_post_physical_backup_failed" => Self::V9PostPhysicalBackupFailed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for DatabaseUpgradeStatusResponseDatabaseUpgradeStatusError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for DatabaseUpgradeStatusResponseDatabaseUpgradeStatusError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for DatabaseUpgradeStatusResponseDatabaseUpgradeStatusError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `DatabaseUpgradeStatusResponseDatabaseUpgradeStatusProgress`
///
/// Schema: `#/components/schemas/DatabaseUpgradeStatusResponse/properties/databaseUpgradeStatus/properties/progress`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DatabaseUpgradeStatusResponseDatabaseUpgradeStatusProgress {
    /// `0_requested`
    V0Requested,
    /// `1_started`
    V1Started,
    /// `2_launched_upgraded_instance`
    V2LaunchedUpgradedInstance,
    /// `3_detached_volume_from_upgraded_instance`
    V3DetachedVolumeFromUpgradedInstance,
    /// `4_attached_volume_to_original_instance`
    V4AttachedVolumeToOriginalInstance,
    /// `5_initiated_data_upgrade`
    V5InitiatedDataUpgrade,
    /// `6_completed_data_upgrade`
    V6CompletedDataUpgrade,
    /// `7_detached_volume_from_original_instance`
    V7DetachedVolumeFromOriginalInstance,
    /// `8_attached_volume_to_upgraded_instance`
    V8AttachedVolumeToUpgradedInstance,
    /// `9_completed_upgrade`
    V9CompletedUpgrade,
    /// `10_completed_post_physical_backup`
    V10CompletedPostPhysicalBackup,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl DatabaseUpgradeStatusResponseDatabaseUpgradeStatusProgress {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V0Requested => "0_requested",
            Self::V1Started => "1_started",
            Self::V2LaunchedUpgradedInstance => "2_launched_upgraded_instance",
            Self::V3DetachedVolumeFromUpgradedInstance => {
                "3_detached_volume_from_upgraded_instance"
            }
            Self::V4AttachedVolumeToOriginalInstance => {
                "4_attached_volume_to_original_instance"
            }
            Self::V5InitiatedDataUpgrade => "5_initiated_data_upgrade",
            Self::V6CompletedDataUpgrade => "6_completed_data_upgrade",
            Self::V7DetachedVolumeFromOriginalInstance => {
                "7_detached_volume_from_original_instance"
            }
            Self::V8AttachedVolumeToUpgradedInstance => {
                "8_attached_volume_to_upgraded_instance"
            }
            Self::V9CompletedUpgrade => "9_completed_upgrade",
            Self::V10CompletedPostPhysicalBackup => "10_completed_post_physical_backup",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for DatabaseUpgradeStatusResponseDatabaseUpgradeStatusProgress {
    fn from(value: &str) -> Self {
        match value {
            "0_requested" => Self::V0Requested,
            "1_started" => Self::V1Started,
            "2_launched_upgraded_instance" => Self::V2LaunchedUpgradedInstance,
            "3_detached_volume_from_upgraded_instance" => {
                Self::V3DetachedVolumeFromUpgradedInstance
            }
            "4_attached_volume_to_original_instance" => {
                Self::V4AttachedVolumeToOriginalInstance
            }
            "5_initiated_data_upgrade" => Self::V5InitiatedDataUpgrade,
            "6_completed_data_upgrade" => Self::V6CompletedDataUpgrade,
            "7_detached_volume_from_original_instance" => {
                Self::V7DetachedVolumeFromOriginalInstance
            }
            "8_attached_volume_to_upgraded_instance" => {
                Self::V8AttachedVolumeToUpgradedInstance
            }
            "9_completed_upgrade" => Self::V9CompletedUpgrade,
            "10_completed_post_physical_backup" => Self::V10CompletedPostPhysicalBackup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for DatabaseUpgradeStatusResponseDatabaseUpgradeStatusProgress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for DatabaseUpgradeStatusResponseDatabaseUpgradeStatusProgress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for DatabaseUpgradeStatusResponseDatabaseUpgradeStatusProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
