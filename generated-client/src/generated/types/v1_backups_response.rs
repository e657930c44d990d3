//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1BackupsResponse`.

use serde::{Deserialize, Serialize};

/// `V1BackupsResponse`
///
/// Schema: `#/components/schemas/V1BackupsResponse`
#[derive(Debug, Clone, PartialEq)]
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

impl crate::runtime::ToFields for V1BackupsResponse {
    const NAME: &'static str = "V1BackupsResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("backups", &self.backups)
            .field("physical_backup_data", &self.physical_backup_data)
            .field("pitr_enabled", &self.pitr_enabled)
            .field("region", &self.region)
            .field("walg_enabled", &self.walg_enabled)
    }
}

impl crate::runtime::FromFields for V1BackupsResponse {
    const EXPECTING: &'static str = "struct V1BackupsResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut backups: Option<Vec<V1BackupsResponseBackupsItem>> = None;
        let mut physical_backup_data: Option<V1BackupsResponsePhysicalBackupData> = None;
        let mut pitr_enabled: Option<bool> = None;
        let mut region: Option<String> = None;
        let mut walg_enabled: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "backups" => __map.fill(&mut backups),
                "physical_backup_data" => __map.fill(&mut physical_backup_data),
                "pitr_enabled" => __map.fill(&mut pitr_enabled),
                "region" => __map.fill(&mut region),
                "walg_enabled" => __map.fill(&mut walg_enabled),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1BackupsResponse {
            backups: crate::runtime::required(backups, "backups")?,
            physical_backup_data: crate::runtime::required(
                physical_backup_data,
                "physical_backup_data",
            )?,
            pitr_enabled: crate::runtime::required(pitr_enabled, "pitr_enabled")?,
            region: crate::runtime::required(region, "region")?,
            walg_enabled: crate::runtime::required(walg_enabled, "walg_enabled")?,
        })
    }
}
crate::runtime::object_serde!(V1BackupsResponse);

/// `V1BackupsResponseBackupsItem`
///
/// Schema: `#/components/schemas/V1BackupsResponse/properties/backups/items`
#[derive(Debug, Clone, PartialEq)]
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

impl crate::runtime::ToFields for V1BackupsResponseBackupsItem {
    const NAME: &'static str = "V1BackupsResponseBackupsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("id", &self.id)
            .field("inserted_at", &self.inserted_at)
            .field("is_physical_backup", &self.is_physical_backup)
            .field("status", &self.status)
    }
}

impl crate::runtime::FromFields for V1BackupsResponseBackupsItem {
    const EXPECTING: &'static str = "struct V1BackupsResponseBackupsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut id: Option<i64> = None;
        let mut inserted_at: Option<String> = None;
        let mut is_physical_backup: Option<bool> = None;
        let mut status: Option<V1BackupsResponseBackupsItemStatus> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "id" => __map.fill(&mut id),
                "inserted_at" => __map.fill(&mut inserted_at),
                "is_physical_backup" => __map.fill(&mut is_physical_backup),
                "status" => __map.fill(&mut status),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1BackupsResponseBackupsItem {
            id: crate::runtime::required(id, "id")?,
            inserted_at: crate::runtime::required(inserted_at, "inserted_at")?,
            is_physical_backup: crate::runtime::required(
                is_physical_backup,
                "is_physical_backup",
            )?,
            status: crate::runtime::required(status, "status")?,
        })
    }
}
crate::runtime::object_serde!(V1BackupsResponseBackupsItem);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct V1BackupsResponsePhysicalBackupData {
    /// `earliest_physical_backup_date_unix`
    pub earliest_physical_backup_date_unix: Option<i64>,
    /// `latest_physical_backup_date_unix`
    pub latest_physical_backup_date_unix: Option<i64>,
}

impl crate::runtime::ToFields for V1BackupsResponsePhysicalBackupData {
    const NAME: &'static str = "V1BackupsResponsePhysicalBackupData";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional(
                "earliest_physical_backup_date_unix",
                &self.earliest_physical_backup_date_unix,
            )
            .optional(
                "latest_physical_backup_date_unix",
                &self.latest_physical_backup_date_unix,
            )
    }
}

impl crate::runtime::FromFields for V1BackupsResponsePhysicalBackupData {
    const EXPECTING: &'static str = "struct V1BackupsResponsePhysicalBackupData";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut earliest_physical_backup_date_unix: Option<i64> = None;
        let mut latest_physical_backup_date_unix: Option<i64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "earliest_physical_backup_date_unix" => {
                    __map.set(&mut earliest_physical_backup_date_unix)
                }
                "latest_physical_backup_date_unix" => {
                    __map.set(&mut latest_physical_backup_date_unix)
                }
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1BackupsResponsePhysicalBackupData {
            earliest_physical_backup_date_unix,
            latest_physical_backup_date_unix,
        })
    }
}
crate::runtime::object_serde!(V1BackupsResponsePhysicalBackupData);
