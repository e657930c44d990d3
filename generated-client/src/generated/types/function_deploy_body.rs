//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/FunctionDeployBody`.

crate::runtime::object! {
    /// Schema: `FunctionDeployBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct FunctionDeployBody {
        pub file: Option<Vec<String>>,
        #[wire(required)]
        pub metadata: FunctionDeployBodyMetadata,
    }
}

crate::runtime::object! {
    /// Schema: `FunctionDeployBody.metadata`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct FunctionDeployBodyMetadata {
        #[wire(required)]
        pub entrypoint_path: String,
        pub import_map_path: Option<String>,
        pub name: Option<String>,
        pub static_patterns: Option<Vec<String>>,
        pub verify_jwt: Option<bool>,
    }
}
