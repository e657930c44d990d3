//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BranchDetailResponse`.

use serde::{Deserialize, Serialize};

/// `BranchDetailResponse`
///
/// Schema: `#/components/schemas/BranchDetailResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BranchDetailResponse {
    /// `db_host`
    pub db_host: String,
    /// `db_pass`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_pass: Option<String>,
    /// `db_port`
    pub db_port: i64,
    /// `db_user`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_user: Option<String>,
    /// `jwt_secret`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_secret: Option<String>,
    /// `postgres_engine`
    pub postgres_engine: String,
    /// `postgres_version`
    pub postgres_version: String,
    /// `ref`
    pub r#ref: String,
    /// `release_channel`
    pub release_channel: String,
    /// `status`
    pub status: BranchDetailResponseStatus,
}

impl<'de> Deserialize<'de> for BranchDetailResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for BranchDetailResponse {
    const EXPECTING: &'static str = "struct BranchDetailResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<Option<String>> = None;
        let mut field_2: Option<i64> = None;
        let mut field_3: Option<Option<String>> = None;
        let mut field_4: Option<Option<String>> = None;
        let mut field_5: Option<String> = None;
        let mut field_6: Option<String> = None;
        let mut field_7: Option<String> = None;
        let mut field_8: Option<String> = None;
        let mut field_9: Option<BranchDetailResponseStatus> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "db_host" => map.fill(&mut field_0),
                "db_pass" => map.fill(&mut field_1),
                "db_port" => map.fill(&mut field_2),
                "db_user" => map.fill(&mut field_3),
                "jwt_secret" => map.fill(&mut field_4),
                "postgres_engine" => map.fill(&mut field_5),
                "postgres_version" => map.fill(&mut field_6),
                "ref" => map.fill(&mut field_7),
                "release_channel" => map.fill(&mut field_8),
                "status" => map.fill(&mut field_9),
                _ => map.skip(),
            };
            read?;
        }
        Ok(BranchDetailResponse {
            db_host: crate::runtime::required(field_0, "db_host")?,
            db_pass: Option::flatten(field_1),
            db_port: crate::runtime::required(field_2, "db_port")?,
            db_user: Option::flatten(field_3),
            jwt_secret: Option::flatten(field_4),
            postgres_engine: crate::runtime::required(field_5, "postgres_engine")?,
            postgres_version: crate::runtime::required(field_6, "postgres_version")?,
            r#ref: crate::runtime::required(field_7, "ref")?,
            release_channel: crate::runtime::required(field_8, "release_channel")?,
            status: crate::runtime::required(field_9, "status")?,
        })
    }
}

/// `BranchDetailResponseStatus`
///
/// Schema: `#/components/schemas/BranchDetailResponse/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BranchDetailResponseStatus {
    /// `INACTIVE`
    Inactive,
    /// `ACTIVE_HEALTHY`
    ActiveHealthy,
    /// `ACTIVE_UNHEALTHY`
    ActiveUnhealthy,
    /// `COMING_UP`
    ComingUp,
    /// `UNKNOWN`
    UnknownValue,
    /// `GOING_DOWN`
    GoingDown,
    /// `INIT_FAILED`
    InitFailed,
    /// `REMOVED`
    Removed,
    /// `RESTORING`
    Restoring,
    /// `UPGRADING`
    Upgrading,
    /// `PAUSING`
    Pausing,
    /// `RESTORE_FAILED`
    RestoreFailed,
    /// `RESTARTING`
    Restarting,
    /// `PAUSE_FAILED`
    PauseFailed,
    /// `RESIZING`
    Resizing,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl BranchDetailResponseStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inactive => "INACTIVE",
            Self::ActiveHealthy => "ACTIVE_HEALTHY",
            Self::ActiveUnhealthy => "ACTIVE_UNHEALTHY",
            Self::ComingUp => "COMING_UP",
            Self::UnknownValue => "UNKNOWN",
            Self::GoingDown => "GOING_DOWN",
            Self::InitFailed => "INIT_FAILED",
            Self::Removed => "REMOVED",
            Self::Restoring => "RESTORING",
            Self::Upgrading => "UPGRADING",
            Self::Pausing => "PAUSING",
            Self::RestoreFailed => "RESTORE_FAILED",
            Self::Restarting => "RESTARTING",
            Self::PauseFailed => "PAUSE_FAILED",
            Self::Resizing => "RESIZING",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for BranchDetailResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "INACTIVE" => Self::Inactive,
            "ACTIVE_HEALTHY" => Self::ActiveHealthy,
            "ACTIVE_UNHEALTHY" => Self::ActiveUnhealthy,
            "COMING_UP" => Self::ComingUp,
            "UNKNOWN" => Self::UnknownValue,
            "GOING_DOWN" => Self::GoingDown,
            "INIT_FAILED" => Self::InitFailed,
            "REMOVED" => Self::Removed,
            "RESTORING" => Self::Restoring,
            "UPGRADING" => Self::Upgrading,
            "PAUSING" => Self::Pausing,
            "RESTORE_FAILED" => Self::RestoreFailed,
            "RESTARTING" => Self::Restarting,
            "PAUSE_FAILED" => Self::PauseFailed,
            "RESIZING" => Self::Resizing,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for BranchDetailResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for BranchDetailResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for BranchDetailResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
