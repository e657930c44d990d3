//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ApiKeyResponse`.

crate::runtime::object! {
    /// Schema: `ApiKeyResponse`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ApiKeyResponse {
        pub api_key: Option<String>,
        pub description: Option<String>,
        pub hash: Option<String>,
        pub id: Option<String>,
        pub inserted_at: Option<
            crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
        >,
        #[wire(required)]
        pub name: String,
        pub prefix: Option<String>,
        pub secret_jwt_template: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        >,
        #[wire("type")]
        pub type_: Option<ApiKeyResponseType>,
        pub updated_at: Option<
            crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
        >,
    }
}

impl std::fmt::Debug for ApiKeyResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiKeyResponse")
            .field("api_key", &format_args!("[redacted]"))
            .field("description", &self.description)
            .field("hash", &self.hash)
            .field("id", &self.id)
            .field("inserted_at", &self.inserted_at)
            .field("name", &self.name)
            .field("prefix", &self.prefix)
            .field("secret_jwt_template", &self.secret_jwt_template)
            .field("type_", &self.type_)
            .field("updated_at", &self.updated_at)
            .finish()
    }
}

crate::runtime::open_enum! {
    /// Schema: `ApiKeyResponse.type`
    #[allow(missing_docs)]
    pub enum ApiKeyResponseType {
        Legacy = "legacy",
        Publishable = "publishable",
        Secret = "secret",
    }
}
