//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! The generated client: types and operations.

/// The API's base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.supabase.com";

pub mod operations;
pub mod types;
