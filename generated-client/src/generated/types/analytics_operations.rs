//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/paths/~1v1~1projects~1{ref}~1analytics~1endpoints~1functions.combined-stats/get/parameters/1/schema`.

use serde::{Deserialize, Serialize};

/// `GetProjectFunctionCombinedStatsInterval`
///
/// Schema: `#/paths/~1v1~1projects~1{ref}~1analytics~1endpoints~1functions.combined-stats/get/parameters/1/schema`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetProjectFunctionCombinedStatsInterval {
    /// `15min`
    V15min,
    /// `1hr`
    V1hr,
    /// `3hr`
    V3hr,
    /// `1day`
    V1day,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl GetProjectFunctionCombinedStatsInterval {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V15min => "15min",
            Self::V1hr => "1hr",
            Self::V3hr => "3hr",
            Self::V1day => "1day",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetProjectFunctionCombinedStatsInterval {
    fn from(value: &str) -> Self {
        match value {
            "15min" => Self::V15min,
            "1hr" => Self::V1hr,
            "3hr" => Self::V3hr,
            "1day" => Self::V1day,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for GetProjectFunctionCombinedStatsInterval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetProjectFunctionCombinedStatsInterval {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetProjectFunctionCombinedStatsInterval {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `GetProjectUsageApiCountInterval`
///
/// Schema: `#/paths/~1v1~1projects~1{ref}~1analytics~1endpoints~1usage.api-counts/get/parameters/1/schema`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetProjectUsageApiCountInterval {
    /// `15min`
    V15min,
    /// `30min`
    V30min,
    /// `1hr`
    V1hr,
    /// `3hr`
    V3hr,
    /// `1day`
    V1day,
    /// `3day`
    V3day,
    /// `7day`
    V7day,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl GetProjectUsageApiCountInterval {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V15min => "15min",
            Self::V30min => "30min",
            Self::V1hr => "1hr",
            Self::V3hr => "3hr",
            Self::V1day => "1day",
            Self::V3day => "3day",
            Self::V7day => "7day",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetProjectUsageApiCountInterval {
    fn from(value: &str) -> Self {
        match value {
            "15min" => Self::V15min,
            "30min" => Self::V30min,
            "1hr" => Self::V1hr,
            "3hr" => Self::V3hr,
            "1day" => Self::V1day,
            "3day" => Self::V3day,
            "7day" => Self::V7day,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for GetProjectUsageApiCountInterval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetProjectUsageApiCountInterval {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetProjectUsageApiCountInterval {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
