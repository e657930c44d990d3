//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateJitAccessBody`.

use serde::{Deserialize, Serialize};

/// `UpdateJitAccessBody`
///
/// Schema: `#/components/schemas/UpdateJitAccessBody`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateJitAccessBody {
    /// `roles`
    pub roles: Vec<UpdateJitAccessBodyRolesItem>,
    /// `user_id`
    pub user_id: String,
}

/// `UpdateJitAccessBodyRolesItem`
///
/// Schema: `#/components/schemas/UpdateJitAccessBody/properties/roles/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateJitAccessBodyRolesItem {
    /// `allowed_networks`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_networks: Option<UpdateJitAccessBodyRolesItemAllowedNetworks>,
    /// `branches_only`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branches_only: Option<bool>,
    /// `expires_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<f64>,
    /// `role`
    pub role: String,
}

/// `UpdateJitAccessBodyRolesItemAllowedNetworks`
///
/// Schema: `#/components/schemas/UpdateJitAccessBody/properties/roles/items/properties/allowed_networks`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateJitAccessBodyRolesItemAllowedNetworks {
    /// `allowed_cidrs`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_cidrs: Option<
        Vec<UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem>,
    >,
    /// `allowed_cidrs_v6`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_cidrs_v6: Option<
        Vec<UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item>,
    >,
}

/// `UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem`
///
/// Schema: `#/components/schemas/UpdateJitAccessBody/properties/roles/items/properties/allowed_networks/properties/allowed_cidrs/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem {
    /// `cidr`
    pub cidr: String,
}

/// `UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item`
///
/// Schema: `#/components/schemas/UpdateJitAccessBody/properties/roles/items/properties/allowed_networks/properties/allowed_cidrs_v6/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item {
    /// `cidr`
    pub cidr: String,
}
