//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BranchDetailResponse`.

use serde::{Deserialize, Serialize};

/// `BranchDetailResponse`
///
/// Schema: `#/components/schemas/BranchDetailResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
