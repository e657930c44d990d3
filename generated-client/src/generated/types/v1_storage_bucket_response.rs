//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1StorageBucketResponse`.

crate::runtime::object! {
    /// Schema: `V1StorageBucketResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1StorageBucketResponse {
        #[wire(required)]
        pub created_at: String,
        #[wire(required)]
        pub id: String,
        #[wire(required)]
        pub name: String,
        #[wire(required)]
        pub owner: String,
        #[wire(required)]
        pub public: bool,
        #[wire(required)]
        pub updated_at: String,
    }
}
