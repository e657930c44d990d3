//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1StorageBucketResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/V1StorageBucketResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct V1StorageBucketResponse {
        pub created_at: String,
        pub id: String,
        pub name: String,
        pub owner: String,
        pub public: bool,
        pub updated_at: String,
    }
}
