//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateJitAccessBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/UpdateJitAccessBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateJitAccessBody {
        pub roles: Vec<UpdateJitAccessBodyRolesItem>,
        pub user_id: crate::runtime::uuid::Uuid,
    }
}

impl UpdateJitAccessBody {
    /// A value with the required fields (`roles`, `user_id`) set and every optional field absent.
    pub fn new(
        roles: Vec<UpdateJitAccessBodyRolesItem>,
        user_id: crate::runtime::uuid::Uuid,
    ) -> Self {
        Self { roles, user_id }
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/UpdateJitAccessBody/properties/roles/items`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateJitAccessBodyRolesItem {
        pub allowed_networks: Option<UpdateJitAccessBodyRolesItemAllowedNetworks>,
        pub branches_only: Option<bool>,
        pub expires_at: Option<f64>,
        pub role: String,
    }
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

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/UpdateJitAccessBody/properties/roles/items/properties/allowed_networks`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct UpdateJitAccessBodyRolesItemAllowedNetworks {
        pub allowed_cidrs: Option<
            Vec<UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem>,
        >,
        pub allowed_cidrs_v6: Option<
            Vec<UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item>,
        >,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/UpdateJitAccessBody/properties/roles/items/properties/allowed_networks/properties/allowed_cidrs/items`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem {
        pub cidr: String,
    }
}

impl UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem {
    /// A value with the required fields (`cidr`) set and every optional field absent.
    pub fn new(cidr: impl Into<String>) -> Self {
        Self { cidr: cidr.into() }
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/UpdateJitAccessBody/properties/roles/items/properties/allowed_networks/properties/allowed_cidrs_v6/items`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item {
        pub cidr: String,
    }
}

impl UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item {
    /// A value with the required fields (`cidr`) set and every optional field absent.
    pub fn new(cidr: impl Into<String>) -> Self {
        Self { cidr: cidr.into() }
    }
}
