//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BranchDetailResponse`.

use serde::{Deserialize, Serialize};

/// `BranchDetailResponse`
///
/// Schema: `#/components/schemas/BranchDetailResponse`
#[derive(Clone, PartialEq)]
pub struct BranchDetailResponse {
    /// `db_host`
    pub db_host: String,
    /// `db_pass`
    pub db_pass: Option<String>,
    /// `db_port`
    pub db_port: i64,
    /// `db_user`
    pub db_user: Option<String>,
    /// `jwt_secret`
    pub jwt_secret: Option<String>,
    /// `postgres_engine`
    pub postgres_engine: String,
    /// `postgres_version`
    pub postgres_version: String,
    /// `ref`
    pub ref_: String,
    /// `release_channel`
    pub release_channel: String,
    /// `status`
    pub status: BranchDetailResponseStatus,
}

impl std::fmt::Debug for BranchDetailResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BranchDetailResponse")
            .field("db_host", &self.db_host)
            .field("db_pass", &format_args!("[redacted]"))
            .field("db_port", &self.db_port)
            .field("db_user", &self.db_user)
            .field("jwt_secret", &format_args!("[redacted]"))
            .field("postgres_engine", &self.postgres_engine)
            .field("postgres_version", &self.postgres_version)
            .field("ref_", &self.ref_)
            .field("release_channel", &self.release_channel)
            .field("status", &self.status)
            .finish()
    }
}

impl crate::runtime::ToFields for BranchDetailResponse {
    const NAME: &'static str = "BranchDetailResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("db_host", &self.db_host)
            .optional("db_pass", &self.db_pass)
            .field("db_port", &self.db_port)
            .optional("db_user", &self.db_user)
            .optional("jwt_secret", &self.jwt_secret)
            .field("postgres_engine", &self.postgres_engine)
            .field("postgres_version", &self.postgres_version)
            .field("ref", &self.ref_)
            .field("release_channel", &self.release_channel)
            .field("status", &self.status)
    }
}

impl crate::runtime::FromFields for BranchDetailResponse {
    const EXPECTING: &'static str = "struct BranchDetailResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut db_host: Option<String> = None;
        let mut db_pass: Option<String> = None;
        let mut db_port: Option<i64> = None;
        let mut db_user: Option<String> = None;
        let mut jwt_secret: Option<String> = None;
        let mut postgres_engine: Option<String> = None;
        let mut postgres_version: Option<String> = None;
        let mut ref_: Option<String> = None;
        let mut release_channel: Option<String> = None;
        let mut status: Option<BranchDetailResponseStatus> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "db_host" => __map.fill(&mut db_host),
                "db_pass" => __map.set(&mut db_pass),
                "db_port" => __map.fill(&mut db_port),
                "db_user" => __map.set(&mut db_user),
                "jwt_secret" => __map.set(&mut jwt_secret),
                "postgres_engine" => __map.fill(&mut postgres_engine),
                "postgres_version" => __map.fill(&mut postgres_version),
                "ref" => __map.fill(&mut ref_),
                "release_channel" => __map.fill(&mut release_channel),
                "status" => __map.fill(&mut status),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(BranchDetailResponse {
            db_host: crate::runtime::required(db_host, "db_host")?,
            db_pass,
            db_port: crate::runtime::required(db_port, "db_port")?,
            db_user,
            jwt_secret,
            postgres_engine: crate::runtime::required(
                postgres_engine,
                "postgres_engine",
            )?,
            postgres_version: crate::runtime::required(
                postgres_version,
                "postgres_version",
            )?,
            ref_: crate::runtime::required(ref_, "ref")?,
            release_channel: crate::runtime::required(
                release_channel,
                "release_channel",
            )?,
            status: crate::runtime::required(status, "status")?,
        })
    }
}
crate::runtime::object_serde!(BranchDetailResponse);

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
