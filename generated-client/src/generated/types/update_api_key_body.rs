//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateApiKeyBody`.

crate::runtime::object! {
    /// Schema: `UpdateApiKeyBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct UpdateApiKeyBody {
        pub description: crate::runtime::Nullable<String>,
        pub name: Option<String>,
        pub secret_jwt_template: crate::runtime::Nullable<
            std::collections::BTreeMap<String, serde_json::Value>,
        >,
    }
}
