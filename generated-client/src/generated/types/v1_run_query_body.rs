//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RunQueryBody`.

crate::runtime::object! {
    /// Schema: `V1RunQueryBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1RunQueryBody {
        pub parameters: Option<Vec<serde_json::Value>>,
        #[wire(required)]
        pub query: String,
        pub read_only: Option<bool>,
    }
}
