//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1OrganizationMemberResponse`.

use serde::{Deserialize, Serialize};

/// `V1OrganizationMemberResponse`
///
/// Schema: `#/components/schemas/V1OrganizationMemberResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1OrganizationMemberResponse {
    /// `email`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `mfa_enabled`
    pub mfa_enabled: bool,
    /// `role_name`
    pub role_name: String,
    /// `user_id`
    pub user_id: String,
    /// `user_name`
    pub user_name: String,
}
