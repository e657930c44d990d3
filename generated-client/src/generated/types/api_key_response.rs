//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ApiKeyResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/ApiKeyResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct ApiKeyResponse {
        pub api_key: Option<String>,
        pub description: Option<String>,
        pub hash: Option<String>,
        pub id: Option<String>,
        pub inserted_at: Option<String>,
        pub name: String,
        pub prefix: Option<String>,
        pub secret_jwt_template: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        >,
        #[wire("type")]
        pub r#type: Option<ApiKeyResponseType>,
        pub updated_at: Option<String>,
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/ApiKeyResponse/properties/type`
    #[allow(missing_docs)]
    pub enum ApiKeyResponseType {
        Legacy = "legacy",
        Publishable = "publishable",
        Secret = "secret",
    }
}
