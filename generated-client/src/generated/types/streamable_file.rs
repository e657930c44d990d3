//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/StreamableFile`.

/// Schema: `StreamableFile`
pub type StreamableFile = std::collections::BTreeMap<String, serde_json::Value>;
