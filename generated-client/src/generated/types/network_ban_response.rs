//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkBanResponse`.

use serde::{Deserialize, Serialize};

/// `NetworkBanResponse`
///
/// Schema: `#/components/schemas/NetworkBanResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkBanResponse {
    /// `banned_ipv4_addresses`
    pub banned_ipv4_addresses: Vec<String>,
}
