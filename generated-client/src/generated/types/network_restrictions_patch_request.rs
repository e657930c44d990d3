//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkRestrictionsPatchRequest`.

use serde::{Deserialize, Serialize};

/// `NetworkRestrictionsPatchRequest`
///
/// Schema: `#/components/schemas/NetworkRestrictionsPatchRequest`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct NetworkRestrictionsPatchRequest {
    /// `add`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub add: Option<NetworkRestrictionsPatchRequestAdd>,
    /// `remove`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remove: Option<NetworkRestrictionsPatchRequestRemove>,
}

impl<'de> Deserialize<'de> for NetworkRestrictionsPatchRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsPatchRequest {
    const EXPECTING: &'static str = "struct NetworkRestrictionsPatchRequest";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<NetworkRestrictionsPatchRequestAdd>> = None;
        let mut field_1: Option<Option<NetworkRestrictionsPatchRequestRemove>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "add" => map.fill(&mut field_0),
                "remove" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(NetworkRestrictionsPatchRequest {
            add: Option::flatten(field_0),
            remove: Option::flatten(field_1),
        })
    }
}

/// `NetworkRestrictionsPatchRequestAdd`
///
/// Schema: `#/components/schemas/NetworkRestrictionsPatchRequest/properties/add`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct NetworkRestrictionsPatchRequestAdd {
    /// `dbAllowedCidrs`
    #[serde(rename = "dbAllowedCidrs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs: Option<Vec<String>>,
    /// `dbAllowedCidrsV6`
    #[serde(rename = "dbAllowedCidrsV6")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs_v6: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for NetworkRestrictionsPatchRequestAdd {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsPatchRequestAdd {
    const EXPECTING: &'static str = "struct NetworkRestrictionsPatchRequestAdd";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<Vec<String>>> = None;
        let mut field_1: Option<Option<Vec<String>>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "dbAllowedCidrs" => map.fill(&mut field_0),
                "dbAllowedCidrsV6" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(NetworkRestrictionsPatchRequestAdd {
            db_allowed_cidrs: Option::flatten(field_0),
            db_allowed_cidrs_v6: Option::flatten(field_1),
        })
    }
}

/// `NetworkRestrictionsPatchRequestRemove`
///
/// Schema: `#/components/schemas/NetworkRestrictionsPatchRequest/properties/remove`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct NetworkRestrictionsPatchRequestRemove {
    /// `dbAllowedCidrs`
    #[serde(rename = "dbAllowedCidrs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs: Option<Vec<String>>,
    /// `dbAllowedCidrsV6`
    #[serde(rename = "dbAllowedCidrsV6")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs_v6: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for NetworkRestrictionsPatchRequestRemove {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsPatchRequestRemove {
    const EXPECTING: &'static str = "struct NetworkRestrictionsPatchRequestRemove";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<Vec<String>>> = None;
        let mut field_1: Option<Option<Vec<String>>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "dbAllowedCidrs" => map.fill(&mut field_0),
                "dbAllowedCidrsV6" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(NetworkRestrictionsPatchRequestRemove {
            db_allowed_cidrs: Option::flatten(field_0),
            db_allowed_cidrs_v6: Option::flatten(field_1),
        })
    }
}
