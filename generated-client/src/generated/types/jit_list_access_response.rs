//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/JitListAccessResponse`.

use serde::{Deserialize, Serialize};

/// `JitListAccessResponse`
///
/// Schema: `#/components/schemas/JitListAccessResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JitListAccessResponse {
    /// `items`
    pub items: Vec<JitListAccessResponseItemsItem>,
}

impl<'de> Deserialize<'de> for JitListAccessResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for JitListAccessResponse {
    const EXPECTING: &'static str = "struct JitListAccessResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Vec<JitListAccessResponseItemsItem>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "items" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(JitListAccessResponse {
            items: crate::runtime::required(field_0, "items")?,
        })
    }
}

/// `JitListAccessResponseItemsItem`
///
/// Schema: `#/components/schemas/JitListAccessResponse/properties/items/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JitListAccessResponseItemsItem {
    /// `user_id`
    pub user_id: String,
    /// `user_roles`
    pub user_roles: Vec<JitListAccessResponseItemsItemUserRolesItem>,
}

impl<'de> Deserialize<'de> for JitListAccessResponseItemsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for JitListAccessResponseItemsItem {
    const EXPECTING: &'static str = "struct JitListAccessResponseItemsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<Vec<JitListAccessResponseItemsItemUserRolesItem>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "user_id" => map.fill(&mut field_0),
                "user_roles" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(JitListAccessResponseItemsItem {
            user_id: crate::runtime::required(field_0, "user_id")?,
            user_roles: crate::runtime::required(field_1, "user_roles")?,
        })
    }
}

/// `JitListAccessResponseItemsItemUserRolesItem`
///
/// Schema: `#/components/schemas/JitListAccessResponse/properties/items/items/properties/user_roles/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JitListAccessResponseItemsItemUserRolesItem {
    /// `allowed_networks`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_networks: Option<
        JitListAccessResponseItemsItemUserRolesItemAllowedNetworks,
    >,
    /// `branches_only`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branches_only: Option<bool>,
    /// `expires_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<f64>,
    /// `role`
    pub role: String,
}

impl<'de> Deserialize<'de> for JitListAccessResponseItemsItemUserRolesItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for JitListAccessResponseItemsItemUserRolesItem {
    const EXPECTING: &'static str = "struct JitListAccessResponseItemsItemUserRolesItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            Option<JitListAccessResponseItemsItemUserRolesItemAllowedNetworks>,
        > = None;
        let mut field_1: Option<Option<bool>> = None;
        let mut field_2: Option<Option<f64>> = None;
        let mut field_3: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "allowed_networks" => map.fill(&mut field_0),
                "branches_only" => map.fill(&mut field_1),
                "expires_at" => map.fill(&mut field_2),
                "role" => map.fill(&mut field_3),
                _ => map.skip(),
            };
            read?;
        }
        Ok(JitListAccessResponseItemsItemUserRolesItem {
            allowed_networks: Option::flatten(field_0),
            branches_only: Option::flatten(field_1),
            expires_at: Option::flatten(field_2),
            role: crate::runtime::required(field_3, "role")?,
        })
    }
}

/// `JitListAccessResponseItemsItemUserRolesItemAllowedNetworks`
///
/// Schema: `#/components/schemas/JitListAccessResponse/properties/items/items/properties/user_roles/items/properties/allowed_networks`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworks {
    /// `allowed_cidrs`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_cidrs: Option<
        Vec<JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem>,
    >,
    /// `allowed_cidrs_v6`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_cidrs_v6: Option<
        Vec<JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item>,
    >,
}

impl<'de> Deserialize<'de>
for JitListAccessResponseItemsItemUserRolesItemAllowedNetworks {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for JitListAccessResponseItemsItemUserRolesItemAllowedNetworks {
    const EXPECTING: &'static str = "struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworks";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            Option<
                Vec<
                    JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem,
                >,
            >,
        > = None;
        let mut field_1: Option<
            Option<
                Vec<
                    JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item,
                >,
            >,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "allowed_cidrs" => map.fill(&mut field_0),
                "allowed_cidrs_v6" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(JitListAccessResponseItemsItemUserRolesItemAllowedNetworks {
            allowed_cidrs: Option::flatten(field_0),
            allowed_cidrs_v6: Option::flatten(field_1),
        })
    }
}

/// `JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem`
///
/// Schema: `#/components/schemas/JitListAccessResponse/properties/items/items/properties/user_roles/items/properties/allowed_networks/properties/allowed_cidrs/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem {
    /// `cidr`
    pub cidr: String,
}

impl<'de> Deserialize<'de>
for JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem {
    const EXPECTING: &'static str = "struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "cidr" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsItem {
            cidr: crate::runtime::required(field_0, "cidr")?,
        })
    }
}

/// `JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item`
///
/// Schema: `#/components/schemas/JitListAccessResponse/properties/items/items/properties/user_roles/items/properties/allowed_networks/properties/allowed_cidrs_v6/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item {
    /// `cidr`
    pub cidr: String,
}

impl<'de> Deserialize<'de>
for JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item {
    const EXPECTING: &'static str = "struct JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "cidr" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(JitListAccessResponseItemsItemUserRolesItemAllowedNetworksAllowedCidrsV6Item {
            cidr: crate::runtime::required(field_0, "cidr")?,
        })
    }
}
