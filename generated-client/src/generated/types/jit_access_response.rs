//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/JitAccessResponse`.

use serde::{Deserialize, Serialize};

/// `JitAccessResponse`
///
/// Schema: `#/components/schemas/JitAccessResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JitAccessResponse {
    /// `user_id`
    pub user_id: String,
    /// `user_roles`
    pub user_roles: Vec<JitAccessResponseUserRolesItem>,
}

/// `JitAccessResponseUserRolesItem`
///
/// Schema: `#/components/schemas/JitAccessResponse/properties/user_roles/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JitAccessResponseUserRolesItem {
    /// `allowed_networks`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_networks: Option<JitAccessResponseUserRolesItemAllowedNetworks>,
    /// `branches_only`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branches_only: Option<bool>,
    /// `expires_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<f64>,
    /// `role`
    pub role: String,
}

/// `JitAccessResponseUserRolesItemAllowedNetworks`
///
/// Schema: `#/components/schemas/JitAccessResponse/properties/user_roles/items/properties/allowed_networks`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct JitAccessResponseUserRolesItemAllowedNetworks {
    /// `allowed_cidrs`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_cidrs: Option<
        Vec<JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem>,
    >,
    /// `allowed_cidrs_v6`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_cidrs_v6: Option<
        Vec<JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item>,
    >,
}

/// `JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem`
///
/// Schema: `#/components/schemas/JitAccessResponse/properties/user_roles/items/properties/allowed_networks/properties/allowed_cidrs/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem {
    /// `cidr`
    pub cidr: String,
}

/// `JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item`
///
/// Schema: `#/components/schemas/JitAccessResponse/properties/user_roles/items/properties/allowed_networks/properties/allowed_cidrs_v6/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item {
    /// `cidr`
    pub cidr: String,
}
