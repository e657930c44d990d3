//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/JitAccessRequestRequest`.

use serde::{Deserialize, Serialize};

/// `JitAccessRequestRequest`
///
/// Schema: `#/components/schemas/JitAccessRequestRequest`
#[derive(Debug, Clone, PartialEq)]
pub struct JitAccessRequestRequest {
    /// `state`
    pub state: JitAccessRequestRequestState,
}

impl crate::runtime::ToFields for JitAccessRequestRequest {
    const NAME: &'static str = "JitAccessRequestRequest";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("state", &self.state)
    }
}

impl crate::runtime::FromFields for JitAccessRequestRequest {
    const EXPECTING: &'static str = "struct JitAccessRequestRequest";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut state: Option<JitAccessRequestRequestState> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "state" => __map.fill(&mut state),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(JitAccessRequestRequest {
            state: crate::runtime::required(state, "state")?,
        })
    }
}
crate::runtime::object_serde!(JitAccessRequestRequest);

impl JitAccessRequestRequest {
    /// A value with the required fields (`state`) set and every optional field absent.
    pub fn new(state: JitAccessRequestRequestState) -> Self {
        Self { state }
    }
}

/// `JitAccessRequestRequestState`
///
/// Schema: `#/components/schemas/JitAccessRequestRequest/properties/state`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JitAccessRequestRequestState {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl JitAccessRequestRequestState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for JitAccessRequestRequestState {
    fn from(value: &str) -> Self {
        match value {
            "enabled" => Self::Enabled,
            "disabled" => Self::Disabled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for JitAccessRequestRequestState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for JitAccessRequestRequestState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for JitAccessRequestRequestState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
