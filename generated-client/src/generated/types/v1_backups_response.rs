//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1BackupsResponse`.

use serde::{Deserialize, Serialize};

/// `V1BackupsResponse`
///
/// Schema: `#/components/schemas/V1BackupsResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1BackupsResponse {
    /// `backups`
    pub backups: Vec<V1BackupsResponseBackupsItem>,
    /// `physical_backup_data`
    pub physical_backup_data: V1BackupsResponsePhysicalBackupData,
    /// `pitr_enabled`
    pub pitr_enabled: bool,
    /// `region`
    pub region: String,
    /// `walg_enabled`
    pub walg_enabled: bool,
}

impl<'de> Deserialize<'de> for V1BackupsResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1BackupsResponse {
    const EXPECTING: &'static str = "struct V1BackupsResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Vec<V1BackupsResponseBackupsItem>> = None;
        let mut field_1: Option<V1BackupsResponsePhysicalBackupData> = None;
        let mut field_2: Option<bool> = None;
        let mut field_3: Option<String> = None;
        let mut field_4: Option<bool> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "backups" => map.fill(&mut field_0),
                "physical_backup_data" => map.fill(&mut field_1),
                "pitr_enabled" => map.fill(&mut field_2),
                "region" => map.fill(&mut field_3),
                "walg_enabled" => map.fill(&mut field_4),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1BackupsResponse {
            backups: crate::runtime::required(field_0, "backups")?,
            physical_backup_data: crate::runtime::required(
                field_1,
                "physical_backup_data",
            )?,
            pitr_enabled: crate::runtime::required(field_2, "pitr_enabled")?,
            region: crate::runtime::required(field_3, "region")?,
            walg_enabled: crate::runtime::required(field_4, "walg_enabled")?,
        })
    }
}

/// `V1BackupsResponseBackupsItem`
///
/// Schema: `#/components/schemas/V1BackupsResponse/properties/backups/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1BackupsResponseBackupsItem {
    /// `id`
    pub id: i64,
    /// `inserted_at`
    pub inserted_at: String,
    /// `is_physical_backup`
    pub is_physical_backup: bool,
    /// `status`
    pub status: V1BackupsResponseBackupsItemStatus,
}

impl<'de> Deserialize<'de> for V1BackupsResponseBackupsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1BackupsResponseBackupsItem {
    const EXPECTING: &'static str = "struct V1BackupsResponseBackupsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<i64> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<bool> = None;
        let mut field_3: Option<V1BackupsResponseBackupsItemStatus> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "id" => map.fill(&mut field_0),
                "inserted_at" => map.fill(&mut field_1),
                "is_physical_backup" => map.fill(&mut field_2),
                "status" => map.fill(&mut field_3),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1BackupsResponseBackupsItem {
            id: crate::runtime::required(field_0, "id")?,
            inserted_at: crate::runtime::required(field_1, "inserted_at")?,
            is_physical_backup: crate::runtime::required(field_2, "is_physical_backup")?,
            status: crate::runtime::required(field_3, "status")?,
        })
    }
}

/// `V1BackupsResponseBackupsItemStatus`
///
/// Schema: `#/components/schemas/V1BackupsResponse/properties/backups/items/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1BackupsResponseBackupsItemStatus {
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// `PENDING`
    Pending,
    /// `REMOVED`
    Removed,
    /// `ARCHIVED`
    Archived,
    /// `CANCELLED`
    Cancelled,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1BackupsResponseBackupsItemStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "COMPLETED",
            Self::Failed => "FAILED",
            Self::Pending => "PENDING",
            Self::Removed => "REMOVED",
            Self::Archived => "ARCHIVED",
            Self::Cancelled => "CANCELLED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1BackupsResponseBackupsItemStatus {
    fn from(value: &str) -> Self {
        match value {
            "COMPLETED" => Self::Completed,
            "FAILED" => Self::Failed,
            "PENDING" => Self::Pending,
            "REMOVED" => Self::Removed,
            "ARCHIVED" => Self::Archived,
            "CANCELLED" => Self::Cancelled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1BackupsResponseBackupsItemStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1BackupsResponseBackupsItemStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1BackupsResponseBackupsItemStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `V1BackupsResponsePhysicalBackupData`
///
/// Schema: `#/components/schemas/V1BackupsResponse/properties/physical_backup_data`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct V1BackupsResponsePhysicalBackupData {
    /// `earliest_physical_backup_date_unix`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earliest_physical_backup_date_unix: Option<i64>,
    /// `latest_physical_backup_date_unix`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_physical_backup_date_unix: Option<i64>,
}

impl<'de> Deserialize<'de> for V1BackupsResponsePhysicalBackupData {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1BackupsResponsePhysicalBackupData {
    const EXPECTING: &'static str = "struct V1BackupsResponsePhysicalBackupData";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<i64>> = None;
        let mut field_1: Option<Option<i64>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "earliest_physical_backup_date_unix" => map.fill(&mut field_0),
                "latest_physical_backup_date_unix" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1BackupsResponsePhysicalBackupData {
            earliest_physical_backup_date_unix: Option::flatten(field_0),
            latest_physical_backup_date_unix: Option::flatten(field_1),
        })
    }
}
