//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1StorageBucketResponse`.

use serde::{Deserialize, Serialize};

/// `V1StorageBucketResponse`
///
/// Schema: `#/components/schemas/V1StorageBucketResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1StorageBucketResponse {
    /// `created_at`
    pub created_at: String,
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `owner`
    pub owner: String,
    /// `public`
    pub public: bool,
    /// `updated_at`
    pub updated_at: String,
}
