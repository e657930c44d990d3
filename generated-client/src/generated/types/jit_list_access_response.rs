//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/JitListAccessResponse`.

use serde::{Deserialize, Serialize};

/// `JitListAccessResponse`
///
/// Schema: `#/components/schemas/JitListAccessResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JitListAccessResponse {
    /// `items`
    pub items: Vec<JitListAccessResponseItemsItem>,
}

/// `JitListAccessResponseItemsItem`
///
/// Schema: `#/components/schemas/JitListAccessResponse/properties/items/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JitListAccessResponseItemsItem {
    /// `user_id`
    pub user_id: String,
    /// `user_roles`
    pub user_roles: Vec<JitListAccessResponseItemsItemUserRolesItem>,
}

/// `JitListAccessResponseItemsItemUserRolesItem`
///
/// Schema: `#/components/schemas/JitListAccessResponse/properties/items/items/properties/user_roles/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JitListAccessResponseItemsItemUserRolesItem {
    /// `allowed_networks`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_networks: Option<
        JitListAccessResponseItemsItemUserRolesItemAllowedNetworks,
    >,
    /// `branches_only`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branches_only: Option<bool>,
    /// `expires_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<f64>,
    /// `role`
    pub role: String,
}

/// `JitListAccessResponseItemsItemUserRolesItemAllowedNetworks`
///
/// Schema: `#/components/schemas/JitListAccessResponse/properties/items/items/properties/user_roles/items/properties/allowed_networks`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworks {
    /// `allowed_cidrs`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_cidrs: Option<
        Vec<JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem>,
    >,
    /// `allowed_cidrs_v6`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_cidrs_v6: Option<
        Vec<JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item>,
    >,
}

/// `JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem`
///
/// Schema: `#/components/schemas/JitListAccessResponse/properties/items/items/properties/user_roles/items/properties/allowed_networks/properties/allowed_cidrs/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem {
    /// `cidr`
    pub cidr: String,
}

/// `JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item`
///
/// Schema: `#/components/schemas/JitListAccessResponse/properties/items/items/properties/user_roles/items/properties/allowed_networks/properties/allowed_cidrs_v6/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item {
    /// `cidr`
    pub cidr: String,
}
