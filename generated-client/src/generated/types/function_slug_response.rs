//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/FunctionSlugResponse`.

crate::runtime::object! {
    /// Schema: `FunctionSlugResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct FunctionSlugResponse {
        #[wire(required)]
        pub created_at: i64,
        pub entrypoint_path: Option<String>,
        pub ezbr_sha256: Option<String>,
        #[wire(required)]
        pub id: String,
        pub import_map: Option<bool>,
        pub import_map_path: Option<String>,
        #[wire(required)]
        pub name: String,
        #[wire(required)]
        pub slug: String,
        #[wire(required)]
        pub status: FunctionSlugResponseStatus,
        #[wire(required)]
        pub updated_at: i64,
        pub verify_jwt: Option<bool>,
        #[wire(required)]
        pub version: i64,
    }
}

crate::runtime::open_enum! {
    /// Schema: `FunctionSlugResponse.status`
    #[allow(missing_docs)]
    pub enum FunctionSlugResponseStatus {
        Active = "ACTIVE",
        Removed = "REMOVED",
        Throttled = "THROTTLED",
    }
}
