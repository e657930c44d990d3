//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UndoBody`.

use serde::{Deserialize, Serialize};

/// `V1UndoBody`
///
/// Schema: `#/components/schemas/V1UndoBody`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1UndoBody {
    /// `name`
    pub name: String,
}
