//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DeleteSecretsBody`.

/// Schema: `DeleteSecretsBody`
pub type DeleteSecretsBody = Vec<String>;
