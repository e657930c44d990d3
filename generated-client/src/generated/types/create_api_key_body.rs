//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateApiKeyBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/CreateApiKeyBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateApiKeyBody {
        pub description: crate::runtime::Nullable<String>,
        pub name: String,
        pub secret_jwt_template: crate::runtime::Nullable<
            std::collections::BTreeMap<String, serde_json::Value>,
        >,
        #[wire("type")]
        pub type_: CreateApiKeyBodyType,
    }
}

impl CreateApiKeyBody {
    /// A value with the required fields (`name`, `type_`) set and every optional field absent.
    pub fn new(name: impl Into<String>, type_: CreateApiKeyBodyType) -> Self {
        Self {
            description: crate::runtime::Nullable::Absent,
            name: name.into(),
            secret_jwt_template: crate::runtime::Nullable::Absent,
            type_,
        }
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/CreateApiKeyBody/properties/type`
    #[allow(missing_docs)]
    pub enum CreateApiKeyBodyType {
        Publishable = "publishable",
        Secret = "secret",
    }
}
