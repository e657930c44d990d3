//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ProjectResponse`.

use serde::{Deserialize, Serialize};

/// `V1ProjectResponse`
///
/// Schema: `#/components/schemas/V1ProjectResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1ProjectResponse {
    /// Creation timestamp
    pub created_at: String,
    /// Deprecated: Use `ref` instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub id: String,
    /// Name of your project
    pub name: String,
    /// Deprecated: Use `organization_slug` instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub organization_id: String,
    /// Organization slug
    pub organization_slug: String,
    /// Project ref
    pub r#ref: String,
    /// Region of your project
    pub region: String,
    /// `status`
    pub status: V1ProjectResponseStatus,
}

impl<'de> Deserialize<'de> for V1ProjectResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1ProjectResponse {
    const EXPECTING: &'static str = "struct V1ProjectResponse";
    #[allow(deprecated)]
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<String> = None;
        let mut field_4: Option<String> = None;
        let mut field_5: Option<String> = None;
        let mut field_6: Option<String> = None;
        let mut field_7: Option<V1ProjectResponseStatus> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "created_at" => map.fill(&mut field_0),
                "id" => map.fill(&mut field_1),
                "name" => map.fill(&mut field_2),
                "organization_id" => map.fill(&mut field_3),
                "organization_slug" => map.fill(&mut field_4),
                "ref" => map.fill(&mut field_5),
                "region" => map.fill(&mut field_6),
                "status" => map.fill(&mut field_7),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1ProjectResponse {
            created_at: crate::runtime::required(field_0, "created_at")?,
            id: crate::runtime::required(field_1, "id")?,
            name: crate::runtime::required(field_2, "name")?,
            organization_id: crate::runtime::required(field_3, "organization_id")?,
            organization_slug: crate::runtime::required(field_4, "organization_slug")?,
            r#ref: crate::runtime::required(field_5, "ref")?,
            region: crate::runtime::required(field_6, "region")?,
            status: crate::runtime::required(field_7, "status")?,
        })
    }
}

/// `V1ProjectResponseStatus`
///
/// Schema: `#/components/schemas/V1ProjectResponse/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1ProjectResponseStatus {
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

impl V1ProjectResponseStatus {
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

impl From<&str> for V1ProjectResponseStatus {
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

impl std::fmt::Display for V1ProjectResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1ProjectResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1ProjectResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
