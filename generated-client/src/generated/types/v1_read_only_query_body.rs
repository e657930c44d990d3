//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ReadOnlyQueryBody`.

/// `V1ReadOnlyQueryBody`
///
/// Schema: `#/components/schemas/V1ReadOnlyQueryBody`
#[derive(Debug, Clone, PartialEq)]
pub struct V1ReadOnlyQueryBody {
    /// `parameters`
    pub parameters: Option<Vec<serde_json::Value>>,
    /// `query`
    pub query: String,
}

impl crate::runtime::ToFields for V1ReadOnlyQueryBody {
    const NAME: &'static str = "V1ReadOnlyQueryBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.optional("parameters", &self.parameters).field("query", &self.query)
    }
}

impl crate::runtime::FromFields for V1ReadOnlyQueryBody {
    const EXPECTING: &'static str = "struct V1ReadOnlyQueryBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut parameters: Option<Vec<serde_json::Value>> = None;
        let mut query: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "parameters" => __map.set(&mut parameters),
                "query" => __map.fill(&mut query),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ReadOnlyQueryBody {
            parameters,
            query: crate::runtime::required(query, "query")?,
        })
    }
}
crate::runtime::object_serde!(V1ReadOnlyQueryBody);

impl V1ReadOnlyQueryBody {
    /// A value with the required fields (`query`) set and every optional field absent.
    pub fn new(query: impl Into<String>) -> Self {
        Self {
            parameters: None,
            query: query.into(),
        }
    }
}
