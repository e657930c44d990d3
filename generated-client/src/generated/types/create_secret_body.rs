//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateSecretBody`.

/// Schema: `CreateSecretBody`
pub type CreateSecretBody = Vec<CreateSecretBodyItem>;

crate::runtime::object! {
    /// Schema: `CreateSecretBody[]`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateSecretBodyItem {
        /// Secret name must not start with the SUPABASE_ prefix.
        #[wire(required)]
        pub name: String,
        #[wire(required)]
        pub value: String,
    }
}

impl std::fmt::Debug for CreateSecretBodyItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSecretBodyItem")
            .field("name", &self.name)
            .field("value", &format_args!("[redacted]"))
            .finish()
    }
}
