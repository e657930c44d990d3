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
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = UpdateJitAccessBody;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateJitAccessBody")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<UpdateJitAccessBody, __A::Error> {
                let mut field_0: Option<Vec<UpdateJitAccessBodyRolesItem>> = None;
                let mut field_1: Option<String> = None;
                let mut map = crate::runtime::Fields::new(map);
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
        deserializer.deserialize_map(__Visitor)
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
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = UpdateJitAccessBodyRolesItem;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateJitAccessBodyRolesItem")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<UpdateJitAccessBodyRolesItem, __A::Error> {
                let mut field_0: Option<
                    Option<UpdateJitAccessBodyRolesItemAllowedNetworks>,
                > = None;
                let mut field_1: Option<Option<bool>> = None;
                let mut field_2: Option<Option<f64>> = None;
                let mut field_3: Option<String> = None;
                let mut map = crate::runtime::Fields::new(map);
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
        deserializer.deserialize_map(__Visitor)
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
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = UpdateJitAccessBodyRolesItemAllowedNetworks;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateJitAccessBodyRolesItemAllowedNetworks")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<UpdateJitAccessBodyRolesItemAllowedNetworks, __A::Error> {
                let mut field_0: Option<
                    Option<
                        Vec<UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem>,
                    >,
                > = None;
                let mut field_1: Option<
                    Option<
                        Vec<
                            UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item,
                        >,
                    >,
                > = None;
                let mut map = crate::runtime::Fields::new(map);
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
        deserializer.deserialize_map(__Visitor)
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
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(
                    "struct UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem",
                )
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<
                UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsItem,
                __A::Error,
            > {
                let mut field_0: Option<String> = None;
                let mut map = crate::runtime::Fields::new(map);
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
        deserializer.deserialize_map(__Visitor)
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
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(
                    "struct UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item",
                )
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<
                UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item,
                __A::Error,
            > {
                let mut field_0: Option<String> = None;
                let mut map = crate::runtime::Fields::new(map);
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
        deserializer.deserialize_map(__Visitor)
    }
}

impl UpdateJitAccessBodyRolesItemAllowedNetworksAllowedCidrsV6Item {
    /// A value with the required fields (`cidr`) set and every optional field absent.
    pub fn new(cidr: impl Into<String>) -> Self {
        Self { cidr: cidr.into() }
    }
}
