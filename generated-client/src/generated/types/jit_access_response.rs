//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/JitAccessResponse`.

use serde::{Deserialize, Serialize};

/// `JitAccessResponse`
///
/// Schema: `#/components/schemas/JitAccessResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JitAccessResponse {
    /// `user_id`
    pub user_id: String,
    /// `user_roles`
    pub user_roles: Vec<JitAccessResponseUserRolesItem>,
}

impl<'de> Deserialize<'de> for JitAccessResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for JitAccessResponse {
    const EXPECTING: &'static str = "struct JitAccessResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<Vec<JitAccessResponseUserRolesItem>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "user_id" => map.fill(&mut field_0),
                "user_roles" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(JitAccessResponse {
            user_id: crate::runtime::required(field_0, "user_id")?,
            user_roles: crate::runtime::required(field_1, "user_roles")?,
        })
    }
}

/// `JitAccessResponseUserRolesItem`
///
/// Schema: `#/components/schemas/JitAccessResponse/properties/user_roles/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JitAccessResponseUserRolesItem {
    /// `allowed_networks`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_networks: Option<JitAccessResponseUserRolesItemAllowedNetworks>,
    /// `branches_only`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branches_only: Option<bool>,
    /// `expires_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<f64>,
    /// `role`
    pub role: String,
}

impl<'de> Deserialize<'de> for JitAccessResponseUserRolesItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for JitAccessResponseUserRolesItem {
    const EXPECTING: &'static str = "struct JitAccessResponseUserRolesItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<JitAccessResponseUserRolesItemAllowedNetworks>> = None;
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
        Ok(JitAccessResponseUserRolesItem {
            allowed_networks: Option::flatten(field_0),
            branches_only: Option::flatten(field_1),
            expires_at: Option::flatten(field_2),
            role: crate::runtime::required(field_3, "role")?,
        })
    }
}

/// `JitAccessResponseUserRolesItemAllowedNetworks`
///
/// Schema: `#/components/schemas/JitAccessResponse/properties/user_roles/items/properties/allowed_networks`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct JitAccessResponseUserRolesItemAllowedNetworks {
    /// `allowed_cidrs`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_cidrs: Option<
        Vec<JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem>,
    >,
    /// `allowed_cidrs_v6`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_cidrs_v6: Option<
        Vec<JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item>,
    >,
}

impl<'de> Deserialize<'de> for JitAccessResponseUserRolesItemAllowedNetworks {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for JitAccessResponseUserRolesItemAllowedNetworks {
    const EXPECTING: &'static str = "struct JitAccessResponseUserRolesItemAllowedNetworks";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            Option<Vec<JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem>>,
        > = None;
        let mut field_1: Option<
            Option<Vec<JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item>>,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "allowed_cidrs" => map.fill(&mut field_0),
                "allowed_cidrs_v6" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(JitAccessResponseUserRolesItemAllowedNetworks {
            allowed_cidrs: Option::flatten(field_0),
            allowed_cidrs_v6: Option::flatten(field_1),
        })
    }
}

/// `JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem`
///
/// Schema: `#/components/schemas/JitAccessResponse/properties/user_roles/items/properties/allowed_networks/properties/allowed_cidrs/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem {
    /// `cidr`
    pub cidr: String,
}

impl<'de> Deserialize<'de>
for JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem {
    const EXPECTING: &'static str = "struct JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem";
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
        Ok(JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsItem {
            cidr: crate::runtime::required(field_0, "cidr")?,
        })
    }
}

/// `JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item`
///
/// Schema: `#/components/schemas/JitAccessResponse/properties/user_roles/items/properties/allowed_networks/properties/allowed_cidrs_v6/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item {
    /// `cidr`
    pub cidr: String,
}

impl<'de> Deserialize<'de>
for JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item {
    const EXPECTING: &'static str = "struct JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item";
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
        Ok(JitAccessResponseUserRolesItemAllowedNetworksAllowedCidrsV6Item {
            cidr: crate::runtime::required(field_0, "cidr")?,
        })
    }
}
