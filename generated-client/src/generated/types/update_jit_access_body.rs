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

impl UpdateJitAccessBody {
    /// A value with the required fields (`roles`, `user_id`) set and every optional field absent.
    pub fn new(
        roles: Vec<UpdateJitAccessBodyRolesItem>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            roles,
            user_id: user_id.into(),
        }
    }
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

impl UpdateJitAccessBodyRolesItem {
    /// A value with the required fields (`role`) set and every optional field absent.
    pub fn new(role: impl Into<String>) -> Self {
        Self {
            allowed_networks: None,
            branches_only: None,
            expires_at: None,
            role: role.into(),
        }
    }
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

impl UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem {
    /// A value with the required fields (`cidr`) set and every optional field absent.
    pub fn new(cidr: impl Into<String>) -> Self {
        Self { cidr: cidr.into() }
    }
}

/// `UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item`
///
/// Schema: `#/components/schemas/UpdateJitAccessBody/properties/roles/items/properties/allowed_networks/properties/allowed_cidrs_v6/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item {
    /// `cidr`
    pub cidr: String,
}

impl UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item {
    /// A value with the required fields (`cidr`) set and every optional field absent.
    pub fn new(cidr: impl Into<String>) -> Self {
        Self { cidr: cidr.into() }
    }
}
