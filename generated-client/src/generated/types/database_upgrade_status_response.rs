//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DatabaseUpgradeStatusResponse`.

use serde::{Deserialize, Serialize};

/// `DatabaseUpgradeStatusResponse`
///
/// Schema: `#/components/schemas/DatabaseUpgradeStatusResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatabaseUpgradeStatusResponse {
    /// `databaseUpgradeStatus`
    #[serde(rename = "databaseUpgradeStatus")]
    pub database_upgrade_status: Option<
        DatabaseUpgradeStatusResponseDatabaseUpgradeStatus,
    >,
}

impl<'de> Deserialize<'de> for DatabaseUpgradeStatusResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for DatabaseUpgradeStatusResponse {
    const EXPECTING: &'static str = "struct DatabaseUpgradeStatusResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            Option<DatabaseUpgradeStatusResponseDatabaseUpgradeStatus>,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "databaseUpgradeStatus" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(DatabaseUpgradeStatusResponse {
            database_upgrade_status: Option::flatten(field_0),
        })
    }
}

/// `DatabaseUpgradeStatusResponseDatabaseUpgradeStatus`
///
/// Schema: `#/components/schemas/DatabaseUpgradeStatusResponse/properties/databaseUpgradeStatus`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatabaseUpgradeStatusResponseDatabaseUpgradeStatus {
    /// `error`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<DatabaseUpgradeStatusResponseDatabaseUpgradeStatusError>,
    /// `initiated_at`
    pub initiated_at: String,
    /// `latest_status_at`
    pub latest_status_at: String,
    /// `progress`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<DatabaseUpgradeStatusResponseDatabaseUpgradeStatusProgress>,
    /// `status`
    pub status: f64,
    /// `target_version`
    pub target_version: f64,
}

impl<'de> Deserialize<'de> for DatabaseUpgradeStatusResponseDatabaseUpgradeStatus {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for DatabaseUpgradeStatusResponseDatabaseUpgradeStatus {
    const EXPECTING: &'static str = "struct DatabaseUpgradeStatusResponseDatabaseUpgradeStatus";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            Option<DatabaseUpgradeStatusResponseDatabaseUpgradeStatusError>,
        > = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<
            Option<DatabaseUpgradeStatusResponseDatabaseUpgradeStatusProgress>,
        > = None;
        let mut field_4: Option<f64> = None;
        let mut field_5: Option<f64> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "error" => map.fill(&mut field_0),
                "initiated_at" => map.fill(&mut field_1),
                "latest_status_at" => map.fill(&mut field_2),
                "progress" => map.fill(&mut field_3),
                "status" => map.fill(&mut field_4),
                "target_version" => map.fill(&mut field_5),
                _ => map.skip(),
            };
            read?;
        }
        Ok(DatabaseUpgradeStatusResponseDatabaseUpgradeStatus {
            error: Option::flatten(field_0),
            initiated_at: crate::runtime::required(field_1, "initiated_at")?,
            latest_status_at: crate::runtime::required(field_2, "latest_status_at")?,
            progress: Option::flatten(field_3),
            status: crate::runtime::required(field_4, "status")?,
            target_version: crate::runtime::required(field_5, "target_version")?,
        })
    }
}

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
