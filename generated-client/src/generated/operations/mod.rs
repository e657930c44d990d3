//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Request builders, by tag. The methods that create them are on `Client`.

mod advisors;
mod analytics;
mod auth;
mod billing;
mod database;
mod domains;
mod edge_functions;
mod environments;
mod o_auth;
mod organizations;
mod profile;
mod projects;
mod realtime;
mod rest;
mod secrets;
mod storage;
pub use advisors::*;
pub use analytics::*;
pub use auth::*;
pub use billing::*;
pub use database::*;
pub use domains::*;
pub use edge_functions::*;
pub use environments::*;
pub use o_auth::*;
pub use organizations::*;
pub use profile::*;
pub use projects::*;
pub use realtime::*;
pub use rest::*;
pub use secrets::*;
pub use storage::*;
