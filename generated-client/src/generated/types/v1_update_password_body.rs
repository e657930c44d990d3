//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdatePasswordBody`.

use serde::{Deserialize, Serialize};

/// `V1UpdatePasswordBody`
///
/// Schema: `#/components/schemas/V1UpdatePasswordBody`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1UpdatePasswordBody {
    /// `password`
    pub password: String,
}
