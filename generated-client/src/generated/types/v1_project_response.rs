//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ProjectResponse`.

use serde::{Deserialize, Serialize};

/// `V1ProjectResponse`
///
/// Schema: `#/components/schemas/V1ProjectResponse`
#[derive(Debug, Clone, PartialEq)]
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
    pub ref_: String,
    /// Region of your project
    pub region: String,
    /// `status`
    pub status: V1ProjectResponseStatus,
}

impl crate::runtime::ToFields for V1ProjectResponse {
    const NAME: &'static str = "V1ProjectResponse";
    const ADDITIONAL: bool = false;
    #[allow(deprecated)]
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("created_at", &self.created_at)
            .field("id", &self.id)
            .field("name", &self.name)
            .field("organization_id", &self.organization_id)
            .field("organization_slug", &self.organization_slug)
            .field("ref", &self.ref_)
            .field("region", &self.region)
            .field("status", &self.status)
    }
}

impl crate::runtime::FromFields for V1ProjectResponse {
    const EXPECTING: &'static str = "struct V1ProjectResponse";
    #[allow(deprecated)]
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut created_at: Option<String> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut organization_id: Option<String> = None;
        let mut organization_slug: Option<String> = None;
        let mut ref_: Option<String> = None;
        let mut region: Option<String> = None;
        let mut status: Option<V1ProjectResponseStatus> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "created_at" => __map.fill(&mut created_at),
                "id" => __map.fill(&mut id),
                "name" => __map.fill(&mut name),
                "organization_id" => __map.fill(&mut organization_id),
                "organization_slug" => __map.fill(&mut organization_slug),
                "ref" => __map.fill(&mut ref_),
                "region" => __map.fill(&mut region),
                "status" => __map.fill(&mut status),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ProjectResponse {
            created_at: crate::runtime::required(created_at, "created_at")?,
            id: crate::runtime::required(id, "id")?,
            name: crate::runtime::required(name, "name")?,
            organization_id: crate::runtime::required(
                organization_id,
                "organization_id",
            )?,
            organization_slug: crate::runtime::required(
                organization_slug,
                "organization_slug",
            )?,
            ref_: crate::runtime::required(ref_, "ref")?,
            region: crate::runtime::required(region, "region")?,
            status: crate::runtime::required(status, "status")?,
        })
    }
}
crate::runtime::object_serde!(V1ProjectResponse);

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
