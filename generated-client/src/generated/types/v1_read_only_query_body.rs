//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ReadOnlyQueryBody`.

crate::runtime::object! {
    /// Schema: `V1ReadOnlyQueryBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ReadOnlyQueryBody {
        pub parameters: Option<Vec<serde_json::Value>>,
        #[wire(required)]
        pub query: String,
    }
}
