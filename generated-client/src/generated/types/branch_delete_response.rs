//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BranchDeleteResponse`.

use serde::{Deserialize, Serialize};

/// `BranchDeleteResponse`
///
/// Schema: `#/components/schemas/BranchDeleteResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct BranchDeleteResponse {
    /// `message`
    pub message: BranchDeleteResponseMessage,
}

impl crate::runtime::ToFields for BranchDeleteResponse {
    const NAME: &'static str = "BranchDeleteResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("message", &self.message)
    }
}

impl crate::runtime::FromFields for BranchDeleteResponse {
    const EXPECTING: &'static str = "struct BranchDeleteResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut message: Option<BranchDeleteResponseMessage> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "message" => __map.fill(&mut message),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(BranchDeleteResponse {
            message: crate::runtime::required(message, "message")?,
        })
    }
}
crate::runtime::object_serde!(BranchDeleteResponse);

/// `BranchDeleteResponseMessage`
///
/// Schema: `#/components/schemas/BranchDeleteResponse/properties/message`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BranchDeleteResponseMessage {
    /// `ok`
    Ok,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl BranchDeleteResponseMessage {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ok => "ok",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for BranchDeleteResponseMessage {
    fn from(value: &str) -> Self {
        match value {
            "ok" => Self::Ok,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for BranchDeleteResponseMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for BranchDeleteResponseMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for BranchDeleteResponseMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
