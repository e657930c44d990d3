//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateSupavisorConfigBody`.

use serde::{Deserialize, Serialize};

/// `UpdateSupavisorConfigBody`
///
/// Schema: `#/components/schemas/UpdateSupavisorConfigBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateSupavisorConfigBody {
    /// `default_pool_size`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub default_pool_size: crate::runtime::Nullable<i64>,
    /// Dedicated pooler mode for the project
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool_mode: Option<UpdateSupavisorConfigBodyPoolMode>,
}

impl<'de> Deserialize<'de> for UpdateSupavisorConfigBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateSupavisorConfigBody {
    const EXPECTING: &'static str = "struct UpdateSupavisorConfigBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_1: Option<Option<UpdateSupavisorConfigBodyPoolMode>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "default_pool_size" => map.fill(&mut field_0),
                "pool_mode" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateSupavisorConfigBody {
            default_pool_size: field_0.unwrap_or(crate::runtime::Nullable::Absent),
            pool_mode: Option::flatten(field_1),
        })
    }
}

/// Dedicated pooler mode for the project
///
/// Schema: `#/components/schemas/UpdateSupavisorConfigBody/properties/pool_mode`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateSupavisorConfigBodyPoolMode {
    /// `transaction`
    Transaction,
    /// `session`
    Session,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl UpdateSupavisorConfigBodyPoolMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Transaction => "transaction",
            Self::Session => "session",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateSupavisorConfigBodyPoolMode {
    fn from(value: &str) -> Self {
        match value {
            "transaction" => Self::Transaction,
            "session" => Self::Session,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for UpdateSupavisorConfigBodyPoolMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateSupavisorConfigBodyPoolMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateSupavisorConfigBodyPoolMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
