//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdatePasswordResponse`.

use serde::{Deserialize, Serialize};

/// `V1UpdatePasswordResponse`
///
/// Schema: `#/components/schemas/V1UpdatePasswordResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1UpdatePasswordResponse {
    /// `message`
    pub message: String,
}
