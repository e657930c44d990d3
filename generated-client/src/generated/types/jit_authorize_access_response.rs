//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/JitAuthorizeAccessResponse`.

use serde::{Deserialize, Serialize};

/// `JitAuthorizeAccessResponse`
///
/// Schema: `#/components/schemas/JitAuthorizeAccessResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JitAuthorizeAccessResponse {
    /// `user_id`
    pub user_id: String,
    /// `user_role`
    pub user_role: JitAuthorizeAccessResponseUserRole,
}

impl<'de> Deserialize<'de> for JitAuthorizeAccessResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for JitAuthorizeAccessResponse {
    const EXPECTING: &'static str = "struct JitAuthorizeAccessResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<JitAuthorizeAccessResponseUserRole> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "user_id" => map.fill(&mut field_0),
                "user_role" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(JitAuthorizeAccessResponse {
            user_id: crate::runtime::required(field_0, "user_id")?,
            user_role: crate::runtime::required(field_1, "user_role")?,
        })
    }
}

/// `JitAuthorizeAccessResponseUserRole`
///
/// Schema: `#/components/schemas/JitAuthorizeAccessResponse/properties/user_role`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JitAuthorizeAccessResponseUserRole {
    /// `allowed_networks`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_networks: Option<JitAuthorizeAccessResponseUserRoleAllowedNetworks>,
    /// `branches_only`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branches_only: Option<bool>,
    /// `expires_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<f64>,
    /// `role`
    pub role: String,
}

impl<'de> Deserialize<'de> for JitAuthorizeAccessResponseUserRole {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for JitAuthorizeAccessResponseUserRole {
    const EXPECTING: &'static str = "struct JitAuthorizeAccessResponseUserRole";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            Option<JitAuthorizeAccessResponseUserRoleAllowedNetworks>,
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
        Ok(JitAuthorizeAccessResponseUserRole {
            allowed_networks: Option::flatten(field_0),
            branches_only: Option::flatten(field_1),
            expires_at: Option::flatten(field_2),
            role: crate::runtime::required(field_3, "role")?,
        })
    }
}

/// `JitAuthorizeAccessResponseUserRoleAllowedNetworks`
///
/// Schema: `#/components/schemas/JitAuthorizeAccessResponse/properties/user_role/properties/allowed_networks`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct JitAuthorizeAccessResponseUserRoleAllowedNetworks {
    /// `allowed_cidrs`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_cidrs: Option<
        Vec<JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem>,
    >,
    /// `allowed_cidrs_v6`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_cidrs_v6: Option<
        Vec<JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item>,
    >,
}

impl<'de> Deserialize<'de> for JitAuthorizeAccessResponseUserRoleAllowedNetworks {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for JitAuthorizeAccessResponseUserRoleAllowedNetworks {
    const EXPECTING: &'static str = "struct JitAuthorizeAccessResponseUserRoleAllowedNetworks";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            Option<
                Vec<JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem>,
            >,
        > = None;
        let mut field_1: Option<
            Option<
                Vec<JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item>,
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
        Ok(JitAuthorizeAccessResponseUserRoleAllowedNetworks {
            allowed_cidrs: Option::flatten(field_0),
            allowed_cidrs_v6: Option::flatten(field_1),
        })
    }
}

/// `JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem`
///
/// Schema: `#/components/schemas/JitAuthorizeAccessResponse/properties/user_role/properties/allowed_networks/properties/allowed_cidrs/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem {
    /// `cidr`
    pub cidr: String,
}

impl<'de> Deserialize<'de>
for JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem {
    const EXPECTING: &'static str = "struct JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem";
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
        Ok(JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsItem {
            cidr: crate::runtime::required(field_0, "cidr")?,
        })
    }
}

/// `JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item`
///
/// Schema: `#/components/schemas/JitAuthorizeAccessResponse/properties/user_role/properties/allowed_networks/properties/allowed_cidrs_v6/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item {
    /// `cidr`
    pub cidr: String,
}

impl<'de> Deserialize<'de>
for JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item {
    const EXPECTING: &'static str = "struct JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item";
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
        Ok(JitAuthorizeAccessResponseUserRoleAllowedNetworksAllowedCidrsV6Item {
            cidr: crate::runtime::required(field_0, "cidr")?,
        })
    }
}
