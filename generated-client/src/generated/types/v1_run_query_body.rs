//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RunQueryBody`.

/// `V1RunQueryBody`
///
/// Schema: `#/components/schemas/V1RunQueryBody`
#[derive(Debug, Clone, PartialEq)]
pub struct V1RunQueryBody {
    /// `parameters`
    pub parameters: Option<Vec<serde_json::Value>>,
    /// `query`
    pub query: String,
    /// `read_only`
    pub read_only: Option<bool>,
}

impl crate::runtime::ToFields for V1RunQueryBody {
    const NAME: &'static str = "V1RunQueryBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("parameters", &self.parameters)
            .field("query", &self.query)
            .optional("read_only", &self.read_only)
    }
}

impl crate::runtime::FromFields for V1RunQueryBody {
    const EXPECTING: &'static str = "struct V1RunQueryBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut parameters: Option<Vec<serde_json::Value>> = None;
        let mut query: Option<String> = None;
        let mut read_only: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "parameters" => __map.set(&mut parameters),
                "query" => __map.fill(&mut query),
                "read_only" => __map.set(&mut read_only),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1RunQueryBody {
            parameters,
            query: crate::runtime::required(query, "query")?,
            read_only,
        })
    }
}
crate::runtime::object_serde!(V1RunQueryBody);

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
