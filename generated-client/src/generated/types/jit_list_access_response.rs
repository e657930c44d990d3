//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/JitListAccessResponse`.

crate::runtime::object! {
    /// Schema: `JitListAccessResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitListAccessResponse {
        #[wire(required)]
        pub items: Vec<JitListAccessResponseItemsItem>,
    }
}

crate::runtime::object! {
    /// Schema: `JitListAccessResponse.items[]`
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
    /// Schema: `JitListAccessResponse.items[].user_roles[]`
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
    /// Schema: `JitListAccessResponse.items[].user_roles[].allowed_networks`
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
    /// Schema: `JitListAccessResponse.items[].user_roles[].allowed_networks.allowed_cidrs[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem {
        #[wire(required)]
        pub cidr: String,
    }
}

crate::runtime::object! {
    /// Schema: `JitListAccessResponse.items[].user_roles[].allowed_networks.allowed_cidrs_v6[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item {
        #[wire(required)]
        pub cidr: String,
    }
}
