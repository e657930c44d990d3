//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateApiKeyBody`.

crate::runtime::object! {
    /// Schema: `CreateApiKeyBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateApiKeyBody {
        pub description: crate::runtime::Nullable<String>,
        #[wire(required)]
        pub name: String,
        pub secret_jwt_template: crate::runtime::Nullable<
            std::collections::BTreeMap<String, serde_json::Value>,
        >,
        #[wire("type", required)]
        pub type_: CreateApiKeyBodyType,
    }
}

crate::runtime::open_enum! {
    /// Schema: `CreateApiKeyBody.type`
    #[allow(missing_docs)]
    pub enum CreateApiKeyBodyType {
        Publishable = "publishable",
        Secret = "secret",
    }
}
