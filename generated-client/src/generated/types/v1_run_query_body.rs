//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RunQueryBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/V1RunQueryBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct V1RunQueryBody {
        pub parameters: Option<Vec<serde_json::Value>>,
        pub query: String,
        pub read_only: Option<bool>,
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
