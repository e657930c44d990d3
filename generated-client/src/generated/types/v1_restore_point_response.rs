//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RestorePointResponse`.

use serde::{Deserialize, Serialize};

/// `V1RestorePointResponse`
///
/// Schema: `#/components/schemas/V1RestorePointResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct V1RestorePointResponse {
    /// `completed_on`
    pub completed_on: Option<String>,
    /// `name`
    pub name: String,
    /// `status`
    pub status: V1RestorePointResponseStatus,
}

impl crate::runtime::ToFields for V1RestorePointResponse {
    const NAME: &'static str = "V1RestorePointResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("completed_on", &self.completed_on)
            .field("name", &self.name)
            .field("status", &self.status)
    }
}

impl crate::runtime::FromFields for V1RestorePointResponse {
    const EXPECTING: &'static str = "struct V1RestorePointResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut completed_on: Option<String> = None;
        let mut name: Option<String> = None;
        let mut status: Option<V1RestorePointResponseStatus> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "completed_on" => __map.set(&mut completed_on),
                "name" => __map.fill(&mut name),
                "status" => __map.fill(&mut status),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1RestorePointResponse {
            completed_on,
            name: crate::runtime::required(name, "name")?,
            status: crate::runtime::required(status, "status")?,
        })
    }
}
crate::runtime::object_serde!(V1RestorePointResponse);

/// `V1RestorePointResponseStatus`
///
/// Schema: `#/components/schemas/V1RestorePointResponse/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1RestorePointResponseStatus {
    /// `AVAILABLE`
    Available,
    /// `PENDING`
    Pending,
    /// `REMOVED`
    Removed,
    /// `FAILED`
    Failed,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1RestorePointResponseStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "AVAILABLE",
            Self::Pending => "PENDING",
            Self::Removed => "REMOVED",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1RestorePointResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "AVAILABLE" => Self::Available,
            "PENDING" => Self::Pending,
            "REMOVED" => Self::Removed,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1RestorePointResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1RestorePointResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1RestorePointResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
