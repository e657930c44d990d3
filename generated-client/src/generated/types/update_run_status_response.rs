//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateRunStatusResponse`.

use serde::{Deserialize, Serialize};

/// `UpdateRunStatusResponse`
///
/// Schema: `#/components/schemas/UpdateRunStatusResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateRunStatusResponse {
    /// `message`
    pub message: UpdateRunStatusResponseMessage,
}

/// `UpdateRunStatusResponseMessage`
///
/// Schema: `#/components/schemas/UpdateRunStatusResponse/properties/message`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateRunStatusResponseMessage {
    /// `ok`
    Ok,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl UpdateRunStatusResponseMessage {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ok => "ok",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateRunStatusResponseMessage {
    fn from(value: &str) -> Self {
        match value {
            "ok" => Self::Ok,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for UpdateRunStatusResponseMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateRunStatusResponseMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateRunStatusResponseMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
