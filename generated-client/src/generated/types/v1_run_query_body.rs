//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RunQueryBody`.

use serde::{Deserialize, Serialize};

/// `V1RunQueryBody`
///
/// Schema: `#/components/schemas/V1RunQueryBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1RunQueryBody {
    /// `parameters`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Vec<serde_json::Value>>,
    /// `query`
    pub query: String,
    /// `read_only`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
}

impl<'de> Deserialize<'de> for V1RunQueryBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1RunQueryBody {
    const EXPECTING: &'static str = "struct V1RunQueryBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<Vec<serde_json::Value>>> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<Option<bool>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "parameters" => map.fill(&mut field_0),
                "query" => map.fill(&mut field_1),
                "read_only" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1RunQueryBody {
            parameters: Option::flatten(field_0),
            query: crate::runtime::required(field_1, "query")?,
            read_only: Option::flatten(field_2),
        })
    }
}

impl V1RunQueryBody {
    /// A value with the required fields (`query`) set and every optional field absent.
    pub fn new(query: impl Into<String>) -> Self {
        Self {
            parameters: None,
            query: query.into(),
            read_only: None,
        }
    }
}
