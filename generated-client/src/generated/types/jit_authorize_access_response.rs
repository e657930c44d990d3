//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/JitAuthorizeAccessResponse`.

/// `JitAuthorizeAccessResponse`
///
/// Schema: `#/components/schemas/JitAuthorizeAccessResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct JitAuthorizeAccessResponse {
    /// `user_id`
    pub user_id: String,
    /// `user_role`
    pub user_role: JitAuthorizeAccessResponseUserRole,
}

impl crate::runtime::ToFields for JitAuthorizeAccessResponse {
    const NAME: &'static str = "JitAuthorizeAccessResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("user_id", &self.user_id).field("user_role", &self.user_role)
    }
}

impl crate::runtime::FromFields for JitAuthorizeAccessResponse {
    const EXPECTING: &'static str = "struct JitAuthorizeAccessResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut user_id: Option<String> = None;
        let mut user_role: Option<JitAuthorizeAccessResponseUserRole> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "user_id" => __map.fill(&mut user_id),
                "user_role" => __map.fill(&mut user_role),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(JitAuthorizeAccessResponse {
            user_id: crate::runtime::required(user_id, "user_id")?,
            user_role: crate::runtime::required(user_role, "user_role")?,
        })
    }
}
crate::runtime::object_serde!(JitAuthorizeAccessResponse);

/// `JitAuthorizeAccessResponseUserRole`
///
/// Schema: `#/components/schemas/JitAuthorizeAccessResponse/properties/user_role`
#[derive(Debug, Clone, PartialEq)]
pub struct JitAuthorizeAccessResponseUserRole {
    /// `allowed_networks`
    pub allowed_networks: Option<JitAuthorizeAccessResponseUserRoleAllowedNetworks>,
    /// `branches_only`
    pub branches_only: Option<bool>,
    /// `expires_at`
    pub expires_at: Option<f64>,
    /// `role`
    pub role: String,
}

impl crate::runtime::ToFields for JitAuthorizeAccessResponseUserRole {
    const NAME: &'static str = "JitAuthorizeAccessResponseUserRole";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("allowed_networks", &self.allowed_networks)
            .optional("branches_only", &self.branches_only)
            .optional("expires_at", &self.expires_at)
            .field("role", &self.role)
    }
}

impl crate::runtime::FromFields for JitAuthorizeAccessResponseUserRole {
    const EXPECTING: &'static str = "struct JitAuthorizeAccessResponseUserRole";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut allowed_networks: Option<
            JitAuthorizeAccessResponseUserRoleAllowedNetworks,
        > = None;
        let mut branches_only: Option<bool> = None;
        let mut expires_at: Option<f64> = None;
        let mut role: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "allowed_networks" => __map.set(&mut allowed_networks),
                "branches_only" => __map.set(&mut branches_only),
                "expires_at" => __map.set(&mut expires_at),
                "role" => __map.fill(&mut role),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(JitAuthorizeAccessResponseUserRole {
            allowed_networks,
            branches_only,
            expires_at,
            role: crate::runtime::required(role, "role")?,
        })
    }
}
crate::runtime::object_serde!(JitAuthorizeAccessResponseUserRole);

/// `JitAuthorizeAccessResponseUserRoleAllowedNetworks`
///
/// Schema: `#/components/schemas/JitAuthorizeAccessResponse/properties/user_role/properties/allowed_networks`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JitAuthorizeAccessResponseUserRoleAllowedNetworks {
    /// `allowed_cidrs`
    pub allowed_cidrs: Option<
        Vec<JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem>,
    >,
    /// `allowed_cidrs_v6`
    pub allowed_cidrs_v6: Option<
        Vec<JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item>,
    >,
}

impl crate::runtime::ToFields for JitAuthorizeAccessResponseUserRoleAllowedNetworks {
    const NAME: &'static str = "JitAuthorizeAccessResponseUserRoleAllowedNetworks";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("allowed_cidrs", &self.allowed_cidrs)
            .optional("allowed_cidrs_v6", &self.allowed_cidrs_v6)
    }
}

impl crate::runtime::FromFields for JitAuthorizeAccessResponseUserRoleAllowedNetworks {
    const EXPECTING: &'static str = "struct JitAuthorizeAccessResponseUserRoleAllowedNetworks";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut allowed_cidrs: Option<
            Vec<JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem>,
        > = None;
        let mut allowed_cidrs_v6: Option<
            Vec<JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item>,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "allowed_cidrs" => __map.set(&mut allowed_cidrs),
                "allowed_cidrs_v6" => __map.set(&mut allowed_cidrs_v6),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(JitAuthorizeAccessResponseUserRoleAllowedNetworks {
            allowed_cidrs,
            allowed_cidrs_v6,
        })
    }
}
crate::runtime::object_serde!(JitAuthorizeAccessResponseUserRoleAllowedNetworks);

/// `JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem`
///
/// Schema: `#/components/schemas/JitAuthorizeAccessResponse/properties/user_role/properties/allowed_networks/properties/allowed_cidrs/items`
#[derive(Debug, Clone, PartialEq)]
pub struct JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem {
    /// `cidr`
    pub cidr: String,
}

impl crate::runtime::ToFields
for JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem {
    const NAME: &'static str = "JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("cidr", &self.cidr)
    }
}

impl crate::runtime::FromFields
for JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem {
    const EXPECTING: &'static str = "struct JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut cidr: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "cidr" => __map.fill(&mut cidr),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem {
            cidr: crate::runtime::required(cidr, "cidr")?,
        })
    }
}
crate::runtime::object_serde!(
    JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem
);

/// `JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item`
///
/// Schema: `#/components/schemas/JitAuthorizeAccessResponse/properties/user_role/properties/allowed_networks/properties/allowed_cidrs_v6/items`
#[derive(Debug, Clone, PartialEq)]
pub struct JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item {
    /// `cidr`
    pub cidr: String,
}

impl crate::runtime::ToFields
for JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item {
    const NAME: &'static str = "JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("cidr", &self.cidr)
    }
}

impl crate::runtime::FromFields
for JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item {
    const EXPECTING: &'static str = "struct JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut cidr: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "cidr" => __map.fill(&mut cidr),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item {
            cidr: crate::runtime::required(cidr, "cidr")?,
        })
    }
}
crate::runtime::object_serde!(
    JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item
);
