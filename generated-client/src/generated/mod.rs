//! Placeholder until the first `cargo xtask generate`.
/// The API's base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.supabase.com";
pub mod operations {}
pub mod types {}
