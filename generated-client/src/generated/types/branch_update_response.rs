//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BranchUpdateResponse`.

use serde::{Deserialize, Serialize};

/// `BranchUpdateResponse`
///
/// Schema: `#/components/schemas/BranchUpdateResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct BranchUpdateResponse {
    /// `message`
    pub message: BranchUpdateResponseMessage,
    /// `workflow_run_id`
    pub workflow_run_id: String,
}

impl crate::runtime::ToFields for BranchUpdateResponse {
    const NAME: &'static str = "BranchUpdateResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("message", &self.message)
            .field("workflow_run_id", &self.workflow_run_id)
    }
}

impl crate::runtime::FromFields for BranchUpdateResponse {
    const EXPECTING: &'static str = "struct BranchUpdateResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut message: Option<BranchUpdateResponseMessage> = None;
        let mut workflow_run_id: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "message" => __map.fill(&mut message),
                "workflow_run_id" => __map.fill(&mut workflow_run_id),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(BranchUpdateResponse {
            message: crate::runtime::required(message, "message")?,
            workflow_run_id: crate::runtime::required(
                workflow_run_id,
                "workflow_run_id",
            )?,
        })
    }
}
crate::runtime::object_serde!(BranchUpdateResponse);

/// `BranchUpdateResponseMessage`
///
/// Schema: `#/components/schemas/BranchUpdateResponse/properties/message`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BranchUpdateResponseMessage {
    /// `ok`
    Ok,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl BranchUpdateResponseMessage {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ok => "ok",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for BranchUpdateResponseMessage {
    fn from(value: &str) -> Self {
        match value {
            "ok" => Self::Ok,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for BranchUpdateResponseMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for BranchUpdateResponseMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for BranchUpdateResponseMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
