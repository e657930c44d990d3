//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1GetMigrationResponse`.

crate::runtime::object! {
    /// Schema: `V1GetMigrationResponse`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1GetMigrationResponse {
        pub created_by: Option<String>,
        pub idempotency_key: Option<String>,
        pub name: Option<String>,
        pub rollback: Option<Vec<String>>,
        pub statements: Option<Vec<String>>,
        #[wire(required)]
        pub version: String,
    }
}

impl std::fmt::Debug for V1GetMigrationResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("V1GetMigrationResponse")
            .field("created_by", &self.created_by)
            .field("idempotency_key", &format_args!("[redacted]"))
            .field("name", &self.name)
            .field("rollback", &self.rollback)
            .field("statements", &self.statements)
            .field("version", &self.version)
            .finish()
    }
}
