//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateCustomHostnameBody`.

use serde::{Deserialize, Serialize};

/// `UpdateCustomHostnameBody`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameBody`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateCustomHostnameBody {
    /// `custom_hostname`
    pub custom_hostname: String,
}
