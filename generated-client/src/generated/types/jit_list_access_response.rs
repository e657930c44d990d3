//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/JitListAccessResponse`.

/// `JitListAccessResponse`
///
/// Schema: `#/components/schemas/JitListAccessResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct JitListAccessResponse {
    /// `items`
    pub items: Vec<JitListAccessResponseItemsItem>,
}

impl crate::runtime::ToFields for JitListAccessResponse {
    const NAME: &'static str = "JitListAccessResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("items", &self.items)
    }
}

impl crate::runtime::FromFields for JitListAccessResponse {
    const EXPECTING: &'static str = "struct JitListAccessResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut items: Option<Vec<JitListAccessResponseItemsItem>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "items" => __map.fill(&mut items),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(JitListAccessResponse {
            items: crate::runtime::required(items, "items")?,
        })
    }
}
crate::runtime::object_serde!(JitListAccessResponse);

/// `JitListAccessResponseItemsItem`
///
/// Schema: `#/components/schemas/JitListAccessResponse/properties/items/items`
#[derive(Debug, Clone, PartialEq)]
pub struct JitListAccessResponseItemsItem {
    /// `user_id`
    pub user_id: String,
    /// `user_roles`
    pub user_roles: Vec<JitListAccessResponseItemsItemUserRolesItem>,
}

impl crate::runtime::ToFields for JitListAccessResponseItemsItem {
    const NAME: &'static str = "JitListAccessResponseItemsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("user_id", &self.user_id).field("user_roles", &self.user_roles)
    }
}

impl crate::runtime::FromFields for JitListAccessResponseItemsItem {
    const EXPECTING: &'static str = "struct JitListAccessResponseItemsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut user_id: Option<String> = None;
        let mut user_roles: Option<Vec<JitListAccessResponseItemsItemUserRolesItem>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "user_id" => __map.fill(&mut user_id),
                "user_roles" => __map.fill(&mut user_roles),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(JitListAccessResponseItemsItem {
            user_id: crate::runtime::required(user_id, "user_id")?,
            user_roles: crate::runtime::required(user_roles, "user_roles")?,
        })
    }
}
crate::runtime::object_serde!(JitListAccessResponseItemsItem);

/// `JitListAccessResponseItemsItemUserRolesItem`
///
/// Schema: `#/components/schemas/JitListAccessResponse/properties/items/items/properties/user_roles/items`
#[derive(Debug, Clone, PartialEq)]
pub struct JitListAccessResponseItemsItemUserRolesItem {
    /// `allowed_networks`
    pub allowed_networks: Option<
        JitListAccessResponseItemsItemUserRolesItemAllowedNetworks,
    >,
    /// `branches_only`
    pub branches_only: Option<bool>,
    /// `expires_at`
    pub expires_at: Option<f64>,
    /// `role`
    pub role: String,
}

impl crate::runtime::ToFields for JitListAccessResponseItemsItemUserRolesItem {
    const NAME: &'static str = "JitListAccessResponseItemsItemUserRolesItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("allowed_networks", &self.allowed_networks)
            .optional("branches_only", &self.branches_only)
            .optional("expires_at", &self.expires_at)
            .field("role", &self.role)
    }
}

impl crate::runtime::FromFields for JitListAccessResponseItemsItemUserRolesItem {
    const EXPECTING: &'static str = "struct JitListAccessResponseItemsItemUserRolesItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut allowed_networks: Option<
            JitListAccessResponseItemsItemUserRolesItemAllowedNetworks,
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
        Ok(JitListAccessResponseItemsItemUserRolesItem {
            allowed_networks,
            branches_only,
            expires_at,
            role: crate::runtime::required(role, "role")?,
        })
    }
}
crate::runtime::object_serde!(JitListAccessResponseItemsItemUserRolesItem);

/// `JitListAccessResponseItemsItemUserRolesItemAllowedNetworks`
///
/// Schema: `#/components/schemas/JitListAccessResponse/properties/items/items/properties/user_roles/items/properties/allowed_networks`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworks {
    /// `allowed_cidrs`
    pub allowed_cidrs: Option<
        Vec<JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem>,
    >,
    /// `allowed_cidrs_v6`
    pub allowed_cidrs_v6: Option<
        Vec<JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item>,
    >,
}

impl crate::runtime::ToFields
for JitListAccessResponseItemsItemUserRolesItemAllowedNetworks {
    const NAME: &'static str = "JitListAccessResponseItemsItemUserRolesItemAllowedNetworks";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("allowed_cidrs", &self.allowed_cidrs)
            .optional("allowed_cidrs_v6", &self.allowed_cidrs_v6)
    }
}

impl crate::runtime::FromFields
for JitListAccessResponseItemsItemUserRolesItemAllowedNetworks {
    const EXPECTING: &'static str = "struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworks";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut allowed_cidrs: Option<
            Vec<
                JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem,
            >,
        > = None;
        let mut allowed_cidrs_v6: Option<
            Vec<
                JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item,
            >,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "allowed_cidrs" => __map.set(&mut allowed_cidrs),
                "allowed_cidrs_v6" => __map.set(&mut allowed_cidrs_v6),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(JitListAccessResponseItemsItemUserRolesItemAllowedNetworks {
            allowed_cidrs,
            allowed_cidrs_v6,
        })
    }
}
crate::runtime::object_serde!(
    JitListAccessResponseItemsItemUserRolesItemAllowedNetworks
);

/// `JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem`
///
/// Schema: `#/components/schemas/JitListAccessResponse/properties/items/items/properties/user_roles/items/properties/allowed_networks/properties/allowed_cidrs/items`
#[derive(Debug, Clone, PartialEq)]
pub struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem {
    /// `cidr`
    pub cidr: String,
}

impl crate::runtime::ToFields
for JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem {
    const NAME: &'static str = "JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("cidr", &self.cidr)
    }
}

impl crate::runtime::FromFields
for JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem {
    const EXPECTING: &'static str = "struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem";
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
        Ok(JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem {
            cidr: crate::runtime::required(cidr, "cidr")?,
        })
    }
}
crate::runtime::object_serde!(
    JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem
);

/// `JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item`
///
/// Schema: `#/components/schemas/JitListAccessResponse/properties/items/items/properties/user_roles/items/properties/allowed_networks/properties/allowed_cidrs_v6/items`
#[derive(Debug, Clone, PartialEq)]
pub struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item {
    /// `cidr`
    pub cidr: String,
}

impl crate::runtime::ToFields
for JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item {
    const NAME: &'static str = "JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("cidr", &self.cidr)
    }
}

impl crate::runtime::FromFields
for JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item {
    const EXPECTING: &'static str = "struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item";
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
        Ok(JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item {
            cidr: crate::runtime::required(cidr, "cidr")?,
        })
    }
}
crate::runtime::object_serde!(
    JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item
);
