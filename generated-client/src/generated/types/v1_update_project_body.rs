//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdateProjectBody`.

use serde::{Deserialize, Serialize};

/// `V1UpdateProjectBody`
///
/// Schema: `#/components/schemas/V1UpdateProjectBody`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1UpdateProjectBody {
    /// `name`
    pub name: String,
}
