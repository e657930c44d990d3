//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types declared inline in operations (their parameters, bodies and responses).

crate::runtime::open_enum! {
    /// Schema: `#/paths/~1v1~1projects~1{ref}~1advisors~1security/get/parameters/1/schema`
    #[allow(missing_docs)]
    pub enum GetSecurityAdvisorsLintType {
        Sql = "sql",
    }
}
