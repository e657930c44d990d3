//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateJitAccessBody`.

use serde::{Deserialize, Serialize};

/// `UpdateJitAccessBody`
///
/// Schema: `#/components/schemas/UpdateJitAccessBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateJitAccessBody {
    /// `roles`
    pub roles: Vec<UpdateJitAccessBodyRolesItem>,
    /// `user_id`
    pub user_id: String,
}

impl<'de> Deserialize<'de> for UpdateJitAccessBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateJitAccessBody {
    const EXPECTING: &'static str = "struct UpdateJitAccessBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Vec<UpdateJitAccessBodyRolesItem>> = None;
        let mut field_1: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "roles" => map.fill(&mut field_0),
                "user_id" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateJitAccessBody {
            roles: crate::runtime::required(field_0, "roles")?,
            user_id: crate::runtime::required(field_1, "user_id")?,
        })
    }
}

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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateJitAccessBodyRolesItem {
    /// `allowed_networks`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_networks: Option<UpdateJitAccessBodyRolesItemAllowedNetworks>,
    /// `branches_only`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branches_only: Option<bool>,
    /// `expires_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<f64>,
    /// `role`
    pub role: String,
}

impl<'de> Deserialize<'de> for UpdateJitAccessBodyRolesItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateJitAccessBodyRolesItem {
    const EXPECTING: &'static str = "struct UpdateJitAccessBodyRolesItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<UpdateJitAccessBodyRolesItemAllowedNetworks>> = None;
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
        Ok(UpdateJitAccessBodyRolesItem {
            allowed_networks: Option::flatten(field_0),
            branches_only: Option::flatten(field_1),
            expires_at: Option::flatten(field_2),
            role: crate::runtime::required(field_3, "role")?,
        })
    }
}

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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateJitAccessBodyRolesItemAllowedNetworks {
    /// `allowed_cidrs`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_cidrs: Option<
        Vec<UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem>,
    >,
    /// `allowed_cidrs_v6`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_cidrs_v6: Option<
        Vec<UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item>,
    >,
}

impl<'de> Deserialize<'de> for UpdateJitAccessBodyRolesItemAllowedNetworks {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateJitAccessBodyRolesItemAllowedNetworks {
    const EXPECTING: &'static str = "struct UpdateJitAccessBodyRolesItemAllowedNetworks";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            Option<Vec<UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem>>,
        > = None;
        let mut field_1: Option<
            Option<Vec<UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item>>,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "allowed_cidrs" => map.fill(&mut field_0),
                "allowed_cidrs_v6" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateJitAccessBodyRolesItemAllowedNetworks {
            allowed_cidrs: Option::flatten(field_0),
            allowed_cidrs_v6: Option::flatten(field_1),
        })
    }
}

/// `UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem`
///
/// Schema: `#/components/schemas/UpdateJitAccessBody/properties/roles/items/properties/allowed_networks/properties/allowed_cidrs/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem {
    /// `cidr`
    pub cidr: String,
}

impl<'de> Deserialize<'de>
for UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem {
    const EXPECTING: &'static str = "struct UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem";
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
        Ok(UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem {
            cidr: crate::runtime::required(field_0, "cidr")?,
        })
    }
}

impl UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem {
    /// A value with the required fields (`cidr`) set and every optional field absent.
    pub fn new(cidr: impl Into<String>) -> Self {
        Self { cidr: cidr.into() }
    }
}

/// `UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item`
///
/// Schema: `#/components/schemas/UpdateJitAccessBody/properties/roles/items/properties/allowed_networks/properties/allowed_cidrs_v6/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item {
    /// `cidr`
    pub cidr: String,
}

impl<'de> Deserialize<'de>
for UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item {
    const EXPECTING: &'static str = "struct UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item";
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
        Ok(UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item {
            cidr: crate::runtime::required(field_0, "cidr")?,
        })
    }
}

impl UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item {
    /// A value with the required fields (`cidr`) set and every optional field absent.
    pub fn new(cidr: impl Into<String>) -> Self {
        Self { cidr: cidr.into() }
    }
}
