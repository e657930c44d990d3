//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ReadOnlyQueryBody`.

use serde::{Deserialize, Serialize};

/// `V1ReadOnlyQueryBody`
///
/// Schema: `#/components/schemas/V1ReadOnlyQueryBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1ReadOnlyQueryBody {
    /// `parameters`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Vec<serde_json::Value>>,
    /// `query`
    pub query: String,
}

impl<'de> Deserialize<'de> for V1ReadOnlyQueryBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1ReadOnlyQueryBody {
    const EXPECTING: &'static str = "struct V1ReadOnlyQueryBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<Vec<serde_json::Value>>> = None;
        let mut field_1: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "parameters" => map.fill(&mut field_0),
                "query" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1ReadOnlyQueryBody {
            parameters: Option::flatten(field_0),
            query: crate::runtime::required(field_1, "query")?,
        })
    }
}

impl V1ReadOnlyQueryBody {
    /// A value with the required fields (`query`) set and every optional field absent.
    pub fn new(query: impl Into<String>) -> Self {
        Self {
            parameters: None,
            query: query.into(),
        }
    }
}
