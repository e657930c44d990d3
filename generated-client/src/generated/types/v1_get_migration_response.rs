//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1GetMigrationResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/V1GetMigrationResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct V1GetMigrationResponse {
        pub created_by: Option<String>,
        pub idempotency_key: Option<String>,
        pub name: Option<String>,
        pub rollback: Option<Vec<String>>,
        pub statements: Option<Vec<String>>,
        pub version: String,
    }
}
