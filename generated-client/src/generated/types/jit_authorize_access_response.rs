//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/JitAuthorizeAccessResponse`.

crate::runtime::object! {
    /// Schema: `JitAuthorizeAccessResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitAuthorizeAccessResponse {
        #[wire(required)]
        pub user_id: crate::runtime::uuid::Uuid,
        #[wire(required)]
        pub user_role: JitAuthorizeAccessResponseUserRole,
    }
}

crate::runtime::object! {
    /// Schema: `JitAuthorizeAccessResponse.user_role`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitAuthorizeAccessResponseUserRole {
        pub allowed_networks: Option<JitAuthorizeAccessResponseUserRoleAllowedNetworks>,
        pub branches_only: Option<bool>,
        pub expires_at: Option<f64>,
        #[wire(required)]
        pub role: String,
    }
}

crate::runtime::object! {
    /// Schema: `JitAuthorizeAccessResponse.user_role.allowed_networks`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct JitAuthorizeAccessResponseUserRoleAllowedNetworks {
        pub allowed_cidrs: Option<
            Vec<JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem>,
        >,
        pub allowed_cidrs_v6: Option<
            Vec<JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item>,
        >,
    }
}

crate::runtime::object! {
    /// Schema: `JitAuthorizeAccessResponse.user_role.allowed_networks.allowed_cidrs[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem {
        #[wire(required)]
        pub cidr: String,
    }
}

crate::runtime::object! {
    /// Schema: `JitAuthorizeAccessResponse.user_role.allowed_networks.allowed_cidrs_v6[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item {
        #[wire(required)]
        pub cidr: String,
    }
}
