//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateSupavisorConfigBody`.

use serde::{Deserialize, Serialize};

/// `UpdateSupavisorConfigBody`
///
/// Schema: `#/components/schemas/UpdateSupavisorConfigBody`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateSupavisorConfigBody {
    /// `default_pool_size`
    pub default_pool_size: crate::runtime::Nullable<i64>,
    /// Dedicated pooler mode for the project
    pub pool_mode: Option<UpdateSupavisorConfigBodyPoolMode>,
}

impl crate::runtime::ToFields for UpdateSupavisorConfigBody {
    const NAME: &'static str = "UpdateSupavisorConfigBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .nullable("default_pool_size", &self.default_pool_size)
            .optional("pool_mode", &self.pool_mode)
    }
}

impl crate::runtime::FromFields for UpdateSupavisorConfigBody {
    const EXPECTING: &'static str = "struct UpdateSupavisorConfigBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut default_pool_size: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut pool_mode: Option<UpdateSupavisorConfigBodyPoolMode> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "default_pool_size" => __map.set(&mut default_pool_size),
                "pool_mode" => __map.set(&mut pool_mode),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateSupavisorConfigBody {
            default_pool_size,
            pool_mode,
        })
    }
}
crate::runtime::object_serde!(UpdateSupavisorConfigBody);

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
