//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/paths/~1v1~1projects~1{ref}~1advisors~1security/get/parameters/1/schema`.

use serde::{Deserialize, Serialize};

/// `GetSecurityAdvisorsLintType`
///
/// Schema: `#/paths/~1v1~1projects~1{ref}~1advisors~1security/get/parameters/1/schema`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetSecurityAdvisorsLintType {
    /// `sql`
    Sql,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl GetSecurityAdvisorsLintType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sql => "sql",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetSecurityAdvisorsLintType {
    fn from(value: &str) -> Self {
        match value {
            "sql" => Self::Sql,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for GetSecurityAdvisorsLintType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetSecurityAdvisorsLintType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetSecurityAdvisorsLintType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
