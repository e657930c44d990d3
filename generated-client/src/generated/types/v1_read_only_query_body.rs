//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ReadOnlyQueryBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/V1ReadOnlyQueryBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct V1ReadOnlyQueryBody {
        pub parameters: Option<Vec<serde_json::Value>>,
        pub query: String,
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
