//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/JitListAccessResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/JitListAccessResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitListAccessResponse {
        #[wire(required)]
        pub items: Vec<JitListAccessResponseItemsItem>,
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/JitListAccessResponse/properties/items/items`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitListAccessResponseItemsItem {
        #[wire(required)]
        pub user_id: crate::runtime::uuid::Uuid,
        #[wire(required)]
        pub user_roles: Vec<JitListAccessResponseItemsItemUserRolesItem>,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/JitListAccessResponse/properties/items/items/properties/user_roles/items`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitListAccessResponseItemsItemUserRolesItem {
        pub allowed_networks: Option<
            JitListAccessResponseItemsItemUserRolesItemAllowedNetworks,
        >,
        pub branches_only: Option<bool>,
        pub expires_at: Option<f64>,
        #[wire(required)]
        pub role: String,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/JitListAccessResponse/properties/items/items/properties/user_roles/items/properties/allowed_networks`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworks {
        pub allowed_cidrs: Option<
            Vec<JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem>,
        >,
        pub allowed_cidrs_v6: Option<
            Vec<JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item>,
        >,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/JitListAccessResponse/properties/items/items/properties/user_roles/items/properties/allowed_networks/properties/allowed_cidrs/items`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem {
        #[wire(required)]
        pub cidr: String,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/JitListAccessResponse/properties/items/items/properties/user_roles/items/properties/allowed_networks/properties/allowed_cidrs_v6/items`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item {
        #[wire(required)]
        pub cidr: String,
    }
}
