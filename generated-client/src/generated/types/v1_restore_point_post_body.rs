//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RestorePointPostBody`.

use serde::{Deserialize, Serialize};

/// `V1RestorePointPostBody`
///
/// Schema: `#/components/schemas/V1RestorePointPostBody`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1RestorePointPostBody {
    /// `name`
    pub name: String,
}
