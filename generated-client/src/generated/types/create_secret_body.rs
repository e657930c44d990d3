//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateSecretBody`.

/// Schema: `#/components/schemas/CreateSecretBody`
pub type CreateSecretBody = Vec<CreateSecretBodyItem>;

crate::runtime::object! {
    /// Schema: `#/components/schemas/CreateSecretBody/items`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    pub struct CreateSecretBodyItem {
        /// Secret name must not start with the SUPABASE_ prefix.
        pub name: String,
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

impl CreateSecretBodyItem {
    /// A value with the required fields (`name`, `value`) set and every optional field absent.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
        }
    }
}
