//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/JitAccessResponse`.

crate::runtime::object! {
    /// Schema: `JitAccessResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitAccessResponse {
        #[wire(required)]
        pub user_id: crate::runtime::uuid::Uuid,
        #[wire(required)]
        pub user_roles: Vec<JitAccessResponseUserRolesItem>,
    }
}

crate::runtime::object! {
    /// Schema: `JitAccessResponse.user_roles[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitAccessResponseUserRolesItem {
        pub allowed_networks: Option<JitAccessResponseUserRolesItemAllowedNetworks>,
        pub branches_only: Option<bool>,
        pub expires_at: Option<f64>,
        #[wire(required)]
        pub role: String,
    }
}

crate::runtime::object! {
    /// Schema: `JitAccessResponse.user_roles[].allowed_networks`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct JitAccessResponseUserRolesItemAllowedNetworks {
        pub allowed_cidrs: Option<
            Vec<JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem>,
        >,
        pub allowed_cidrs_v6: Option<
            Vec<JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item>,
        >,
    }
}

crate::runtime::object! {
    /// Schema: `JitAccessResponse.user_roles[].allowed_networks.allowed_cidrs[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem {
        #[wire(required)]
        pub cidr: String,
    }
}

crate::runtime::object! {
    /// Schema: `JitAccessResponse.user_roles[].allowed_networks.allowed_cidrs_v6[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item {
        #[wire(required)]
        pub cidr: String,
    }
}
