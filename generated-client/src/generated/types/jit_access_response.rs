//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/JitAccessResponse`.

/// `JitAccessResponse`
///
/// Schema: `#/components/schemas/JitAccessResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct JitAccessResponse {
    /// `user_id`
    pub user_id: String,
    /// `user_roles`
    pub user_roles: Vec<JitAccessResponseUserRolesItem>,
}

impl crate::runtime::ToFields for JitAccessResponse {
    const NAME: &'static str = "JitAccessResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("user_id", &self.user_id).field("user_roles", &self.user_roles)
    }
}

impl crate::runtime::FromFields for JitAccessResponse {
    const EXPECTING: &'static str = "struct JitAccessResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut user_id: Option<String> = None;
        let mut user_roles: Option<Vec<JitAccessResponseUserRolesItem>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "user_id" => __map.fill(&mut user_id),
                "user_roles" => __map.fill(&mut user_roles),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(JitAccessResponse {
            user_id: crate::runtime::required(user_id, "user_id")?,
            user_roles: crate::runtime::required(user_roles, "user_roles")?,
        })
    }
}
crate::runtime::object_serde!(JitAccessResponse);

/// `JitAccessResponseUserRolesItem`
///
/// Schema: `#/components/schemas/JitAccessResponse/properties/user_roles/items`
#[derive(Debug, Clone, PartialEq)]
pub struct JitAccessResponseUserRolesItem {
    /// `allowed_networks`
    pub allowed_networks: Option<JitAccessResponseUserRolesItemAllowedNetworks>,
    /// `branches_only`
    pub branches_only: Option<bool>,
    /// `expires_at`
    pub expires_at: Option<f64>,
    /// `role`
    pub role: String,
}

impl crate::runtime::ToFields for JitAccessResponseUserRolesItem {
    const NAME: &'static str = "JitAccessResponseUserRolesItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("allowed_networks", &self.allowed_networks)
            .optional("branches_only", &self.branches_only)
            .optional("expires_at", &self.expires_at)
            .field("role", &self.role)
    }
}

impl crate::runtime::FromFields for JitAccessResponseUserRolesItem {
    const EXPECTING: &'static str = "struct JitAccessResponseUserRolesItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut allowed_networks: Option<
            JitAccessResponseUserRolesItemAllowedNetworks,
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
        Ok(JitAccessResponseUserRolesItem {
            allowed_networks,
            branches_only,
            expires_at,
            role: crate::runtime::required(role, "role")?,
        })
    }
}
crate::runtime::object_serde!(JitAccessResponseUserRolesItem);

/// `JitAccessResponseUserRolesItemAllowedNetworks`
///
/// Schema: `#/components/schemas/JitAccessResponse/properties/user_roles/items/properties/allowed_networks`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JitAccessResponseUserRolesItemAllowedNetworks {
    /// `allowed_cidrs`
    pub allowed_cidrs: Option<
        Vec<JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem>,
    >,
    /// `allowed_cidrs_v6`
    pub allowed_cidrs_v6: Option<
        Vec<JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item>,
    >,
}

impl crate::runtime::ToFields for JitAccessResponseUserRolesItemAllowedNetworks {
    const NAME: &'static str = "JitAccessResponseUserRolesItemAllowedNetworks";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("allowed_cidrs", &self.allowed_cidrs)
            .optional("allowed_cidrs_v6", &self.allowed_cidrs_v6)
    }
}

impl crate::runtime::FromFields for JitAccessResponseUserRolesItemAllowedNetworks {
    const EXPECTING: &'static str = "struct JitAccessResponseUserRolesItemAllowedNetworks";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut allowed_cidrs: Option<
            Vec<JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem>,
        > = None;
        let mut allowed_cidrs_v6: Option<
            Vec<JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item>,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "allowed_cidrs" => __map.set(&mut allowed_cidrs),
                "allowed_cidrs_v6" => __map.set(&mut allowed_cidrs_v6),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(JitAccessResponseUserRolesItemAllowedNetworks {
            allowed_cidrs,
            allowed_cidrs_v6,
        })
    }
}
crate::runtime::object_serde!(JitAccessResponseUserRolesItemAllowedNetworks);

/// `JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem`
///
/// Schema: `#/components/schemas/JitAccessResponse/properties/user_roles/items/properties/allowed_networks/properties/allowed_cidrs/items`
#[derive(Debug, Clone, PartialEq)]
pub struct JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem {
    /// `cidr`
    pub cidr: String,
}

impl crate::runtime::ToFields
for JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem {
    const NAME: &'static str = "JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("cidr", &self.cidr)
    }
}

impl crate::runtime::FromFields
for JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem {
    const EXPECTING: &'static str = "struct JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem";
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
        Ok(JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem {
            cidr: crate::runtime::required(cidr, "cidr")?,
        })
    }
}
crate::runtime::object_serde!(
    JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem
);

/// `JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item`
///
/// Schema: `#/components/schemas/JitAccessResponse/properties/user_roles/items/properties/allowed_networks/properties/allowed_cidrs_v6/items`
#[derive(Debug, Clone, PartialEq)]
pub struct JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item {
    /// `cidr`
    pub cidr: String,
}

impl crate::runtime::ToFields
for JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item {
    const NAME: &'static str = "JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("cidr", &self.cidr)
    }
}

impl crate::runtime::FromFields
for JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item {
    const EXPECTING: &'static str = "struct JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item";
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
        Ok(JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item {
            cidr: crate::runtime::required(cidr, "cidr")?,
        })
    }
}
crate::runtime::object_serde!(
    JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item
);
