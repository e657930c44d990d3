//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SecretResponse`.

crate::runtime::object! {
    /// Schema: `SecretResponse`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SecretResponse {
        #[wire(required)]
        pub name: String,
        pub updated_at: Option<String>,
        #[wire(required)]
        pub value: String,
    }
}

impl std::fmt::Debug for SecretResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecretResponse")
            .field("name", &self.name)
            .field("updated_at", &self.updated_at)
            .field("value", &format_args!("[redacted]"))
            .finish()
    }
}
