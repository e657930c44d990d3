//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/JitAuthorizeAccessResponse`.

use serde::{Deserialize, Serialize};

/// `JitAuthorizeAccessResponse`
///
/// Schema: `#/components/schemas/JitAuthorizeAccessResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JitAuthorizeAccessResponse {
    /// `user_id`
    pub user_id: String,
    /// `user_role`
    pub user_role: JitAuthorizeAccessResponseUserRole,
}

/// `JitAuthorizeAccessResponseUserRole`
///
/// Schema: `#/components/schemas/JitAuthorizeAccessResponse/properties/user_role`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JitAuthorizeAccessResponseUserRole {
    /// `allowed_networks`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_networks: Option<JitAuthorizeAccessResponseUserRoleAllowedNetworks>,
    /// `branches_only`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branches_only: Option<bool>,
    /// `expires_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<f64>,
    /// `role`
    pub role: String,
}

/// `JitAuthorizeAccessResponseUserRoleAllowedNetworks`
///
/// Schema: `#/components/schemas/JitAuthorizeAccessResponse/properties/user_role/properties/allowed_networks`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct JitAuthorizeAccessResponseUserRoleAllowedNetworks {
    /// `allowed_cidrs`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_cidrs: Option<
        Vec<JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem>,
    >,
    /// `allowed_cidrs_v6`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_cidrs_v6: Option<
        Vec<JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item>,
    >,
}

/// `JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem`
///
/// Schema: `#/components/schemas/JitAuthorizeAccessResponse/properties/user_role/properties/allowed_networks/properties/allowed_cidrs/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem {
    /// `cidr`
    pub cidr: String,
}

/// `JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item`
///
/// Schema: `#/components/schemas/JitAuthorizeAccessResponse/properties/user_role/properties/allowed_networks/properties/allowed_cidrs_v6/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item {
    /// `cidr`
    pub cidr: String,
}
