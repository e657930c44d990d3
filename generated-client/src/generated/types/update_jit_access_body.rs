//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateJitAccessBody`.

/// `UpdateJitAccessBody`
///
/// Schema: `#/components/schemas/UpdateJitAccessBody`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateJitAccessBody {
    /// `roles`
    pub roles: Vec<UpdateJitAccessBodyRolesItem>,
    /// `user_id`
    pub user_id: String,
}

impl crate::runtime::ToFields for UpdateJitAccessBody {
    const NAME: &'static str = "UpdateJitAccessBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("roles", &self.roles).field("user_id", &self.user_id)
    }
}

impl crate::runtime::FromFields for UpdateJitAccessBody {
    const EXPECTING: &'static str = "struct UpdateJitAccessBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut roles: Option<Vec<UpdateJitAccessBodyRolesItem>> = None;
        let mut user_id: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "roles" => __map.fill(&mut roles),
                "user_id" => __map.fill(&mut user_id),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateJitAccessBody {
            roles: crate::runtime::required(roles, "roles")?,
            user_id: crate::runtime::required(user_id, "user_id")?,
        })
    }
}
crate::runtime::object_serde!(UpdateJitAccessBody);

impl UpdateJitAccessBody {
    /// A value with the required fields (`roles`, `user_id`) set and every optional field absent.
    pub fn new(
        roles: Vec<UpdateJitAccessBodyRolesItem>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            roles,
            user_id: user_id.into(),
        }
    }
}

/// `UpdateJitAccessBodyRolesItem`
///
/// Schema: `#/components/schemas/UpdateJitAccessBody/properties/roles/items`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateJitAccessBodyRolesItem {
    /// `allowed_networks`
    pub allowed_networks: Option<UpdateJitAccessBodyRolesItemAllowedNetworks>,
    /// `branches_only`
    pub branches_only: Option<bool>,
    /// `expires_at`
    pub expires_at: Option<f64>,
    /// `role`
    pub role: String,
}

impl crate::runtime::ToFields for UpdateJitAccessBodyRolesItem {
    const NAME: &'static str = "UpdateJitAccessBodyRolesItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("allowed_networks", &self.allowed_networks)
            .optional("branches_only", &self.branches_only)
            .optional("expires_at", &self.expires_at)
            .field("role", &self.role)
    }
}

impl crate::runtime::FromFields for UpdateJitAccessBodyRolesItem {
    const EXPECTING: &'static str = "struct UpdateJitAccessBodyRolesItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut allowed_networks: Option<UpdateJitAccessBodyRolesItemAllowedNetworks> = None;
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
        Ok(UpdateJitAccessBodyRolesItem {
            allowed_networks,
            branches_only,
            expires_at,
            role: crate::runtime::required(role, "role")?,
        })
    }
}
crate::runtime::object_serde!(UpdateJitAccessBodyRolesItem);

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

/// `UpdateJitAccessBodyRolesItemAllowedNetworks`
///
/// Schema: `#/components/schemas/UpdateJitAccessBody/properties/roles/items/properties/allowed_networks`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateJitAccessBodyRolesItemAllowedNetworks {
    /// `allowed_cidrs`
    pub allowed_cidrs: Option<
        Vec<UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem>,
    >,
    /// `allowed_cidrs_v6`
    pub allowed_cidrs_v6: Option<
        Vec<UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item>,
    >,
}

impl crate::runtime::ToFields for UpdateJitAccessBodyRolesItemAllowedNetworks {
    const NAME: &'static str = "UpdateJitAccessBodyRolesItemAllowedNetworks";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("allowed_cidrs", &self.allowed_cidrs)
            .optional("allowed_cidrs_v6", &self.allowed_cidrs_v6)
    }
}

impl crate::runtime::FromFields for UpdateJitAccessBodyRolesItemAllowedNetworks {
    const EXPECTING: &'static str = "struct UpdateJitAccessBodyRolesItemAllowedNetworks";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut allowed_cidrs: Option<
            Vec<UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem>,
        > = None;
        let mut allowed_cidrs_v6: Option<
            Vec<UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item>,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "allowed_cidrs" => __map.set(&mut allowed_cidrs),
                "allowed_cidrs_v6" => __map.set(&mut allowed_cidrs_v6),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateJitAccessBodyRolesItemAllowedNetworks {
            allowed_cidrs,
            allowed_cidrs_v6,
        })
    }
}
crate::runtime::object_serde!(UpdateJitAccessBodyRolesItemAllowedNetworks);

/// `UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem`
///
/// Schema: `#/components/schemas/UpdateJitAccessBody/properties/roles/items/properties/allowed_networks/properties/allowed_cidrs/items`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem {
    /// `cidr`
    pub cidr: String,
}

impl crate::runtime::ToFields
for UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem {
    const NAME: &'static str = "UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("cidr", &self.cidr)
    }
}

impl crate::runtime::FromFields
for UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem {
    const EXPECTING: &'static str = "struct UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem";
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
        Ok(UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem {
            cidr: crate::runtime::required(cidr, "cidr")?,
        })
    }
}
crate::runtime::object_serde!(
    UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem
);

impl UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem {
    /// A value with the required fields (`cidr`) set and every optional field absent.
    pub fn new(cidr: impl Into<String>) -> Self {
        Self { cidr: cidr.into() }
    }
}

/// `UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item`
///
/// Schema: `#/components/schemas/UpdateJitAccessBody/properties/roles/items/properties/allowed_networks/properties/allowed_cidrs_v6/items`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item {
    /// `cidr`
    pub cidr: String,
}

impl crate::runtime::ToFields
for UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item {
    const NAME: &'static str = "UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("cidr", &self.cidr)
    }
}

impl crate::runtime::FromFields
for UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item {
    const EXPECTING: &'static str = "struct UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item";
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
        Ok(UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item {
            cidr: crate::runtime::required(cidr, "cidr")?,
        })
    }
}
crate::runtime::object_serde!(
    UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item
);

impl UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item {
    /// A value with the required fields (`cidr`) set and every optional field absent.
    pub fn new(cidr: impl Into<String>) -> Self {
        Self { cidr: cidr.into() }
    }
}
