//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ProjectRefResponse`.

crate::runtime::object! {
    /// Schema: `V1ProjectRefResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ProjectRefResponse {
        #[wire(required)]
        pub id: i64,
        #[wire(required)]
        pub name: String,
        #[wire("ref", required)]
        pub ref_: String,
    }
}
