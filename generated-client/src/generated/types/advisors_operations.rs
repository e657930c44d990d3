//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types declared inline in operations (their parameters, bodies and responses).

crate::runtime::open_enum! {
    /// Schema: `GET /v1/projects/{ref}/advisors/security parameters[1]`
    #[allow(missing_docs)]
    pub enum GetSecurityAdvisorsLintType {
        Sql = "sql",
    }
}
