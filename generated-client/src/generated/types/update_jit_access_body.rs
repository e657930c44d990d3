//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateJitAccessBody`.

crate::runtime::object! {
    /// Schema: `UpdateJitAccessBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateJitAccessBody {
        #[wire(required)]
        pub roles: Vec<UpdateJitAccessBodyRolesItem>,
        #[wire(required)]
        pub user_id: crate::runtime::uuid::Uuid,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateJitAccessBody.roles[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateJitAccessBodyRolesItem {
        pub allowed_networks: Option<UpdateJitAccessBodyRolesItemAllowedNetworks>,
        pub branches_only: Option<bool>,
        pub expires_at: Option<f64>,
        #[wire(required)]
        pub role: String,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateJitAccessBody.roles[].allowed_networks`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
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
    /// Schema: `UpdateJitAccessBody.roles[].allowed_networks.allowed_cidrs[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem {
        #[wire(required)]
        pub cidr: String,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateJitAccessBody.roles[].allowed_networks.allowed_cidrs_v6[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item {
        #[wire(required)]
        pub cidr: String,
    }
}
