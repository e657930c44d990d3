//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateSigningKeyBody`.

use serde::{Deserialize, Serialize};

/// `UpdateSigningKeyBody`
///
/// Schema: `#/components/schemas/UpdateSigningKeyBody`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateSigningKeyBody {
    /// `status`
    pub status: UpdateSigningKeyBodyStatus,
}

impl crate::runtime::ToFields for UpdateSigningKeyBody {
    const NAME: &'static str = "UpdateSigningKeyBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("status", &self.status)
    }
}

impl crate::runtime::FromFields for UpdateSigningKeyBody {
    const EXPECTING: &'static str = "struct UpdateSigningKeyBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut status: Option<UpdateSigningKeyBodyStatus> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "status" => __map.fill(&mut status),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateSigningKeyBody {
            status: crate::runtime::required(status, "status")?,
        })
    }
}
crate::runtime::object_serde!(UpdateSigningKeyBody);

impl UpdateSigningKeyBody {
    /// A value with the required fields (`status`) set and every optional field absent.
    pub fn new(status: UpdateSigningKeyBodyStatus) -> Self {
        Self { status }
    }
}

/// `UpdateSigningKeyBodyStatus`
///
/// Schema: `#/components/schemas/UpdateSigningKeyBody/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateSigningKeyBodyStatus {
    /// `in_use`
    InUse,
    /// `previously_used`
    PreviouslyUsed,
    /// `revoked`
    Revoked,
    /// `standby`
    Standby,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl UpdateSigningKeyBodyStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InUse => "in_use",
            Self::PreviouslyUsed => "previously_used",
            Self::Revoked => "revoked",
            Self::Standby => "standby",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateSigningKeyBodyStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_use" => Self::InUse,
            "previously_used" => Self::PreviouslyUsed,
            "revoked" => Self::Revoked,
            "standby" => Self::Standby,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for UpdateSigningKeyBodyStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateSigningKeyBodyStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateSigningKeyBodyStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
