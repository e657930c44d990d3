//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ListProvidersResponse`.

use serde::{Deserialize, Serialize};

/// `ListProvidersResponse`
///
/// Schema: `#/components/schemas/ListProvidersResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListProvidersResponse {
    /// `items`
    pub items: Vec<ListProvidersResponseItemsItem>,
}

impl<'de> Deserialize<'de> for ListProvidersResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for ListProvidersResponse {
    const EXPECTING: &'static str = "struct ListProvidersResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Vec<ListProvidersResponseItemsItem>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "items" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(ListProvidersResponse {
            items: crate::runtime::required(field_0, "items")?,
        })
    }
}

/// `ListProvidersResponseItemsItem`
///
/// Schema: `#/components/schemas/ListProvidersResponse/properties/items/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListProvidersResponseItemsItem {
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `domains`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<ListProvidersResponseItemsItemDomainsItem>>,
    /// `id`
    pub id: String,
    /// `saml`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml: Option<ListProvidersResponseItemsItemSaml>,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

impl<'de> Deserialize<'de> for ListProvidersResponseItemsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for ListProvidersResponseItemsItem {
    const EXPECTING: &'static str = "struct ListProvidersResponseItemsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<
            Option<Vec<ListProvidersResponseItemsItemDomainsItem>>,
        > = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<Option<ListProvidersResponseItemsItemSaml>> = None;
        let mut field_4: Option<Option<String>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "created_at" => map.fill(&mut field_0),
                "domains" => map.fill(&mut field_1),
                "id" => map.fill(&mut field_2),
                "saml" => map.fill(&mut field_3),
                "updated_at" => map.fill(&mut field_4),
                _ => map.skip(),
            };
            read?;
        }
        Ok(ListProvidersResponseItemsItem {
            created_at: Option::flatten(field_0),
            domains: Option::flatten(field_1),
            id: crate::runtime::required(field_2, "id")?,
            saml: Option::flatten(field_3),
            updated_at: Option::flatten(field_4),
        })
    }
}

/// `ListProvidersResponseItemsItemDomainsItem`
///
/// Schema: `#/components/schemas/ListProvidersResponse/properties/items/items/properties/domains/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListProvidersResponseItemsItemDomainsItem {
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `domain`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// `id`
    pub id: String,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

impl<'de> Deserialize<'de> for ListProvidersResponseItemsItemDomainsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for ListProvidersResponseItemsItemDomainsItem {
    const EXPECTING: &'static str = "struct ListProvidersResponseItemsItemDomainsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<Option<String>> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<Option<String>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "created_at" => map.fill(&mut field_0),
                "domain" => map.fill(&mut field_1),
                "id" => map.fill(&mut field_2),
                "updated_at" => map.fill(&mut field_3),
                _ => map.skip(),
            };
            read?;
        }
        Ok(ListProvidersResponseItemsItemDomainsItem {
            created_at: Option::flatten(field_0),
            domain: Option::flatten(field_1),
            id: crate::runtime::required(field_2, "id")?,
            updated_at: Option::flatten(field_3),
        })
    }
}

/// `ListProvidersResponseItemsItemSaml`
///
/// Schema: `#/components/schemas/ListProvidersResponse/properties/items/items/properties/saml`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListProvidersResponseItemsItemSaml {
    /// `attribute_mapping`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_mapping: Option<ListProvidersResponseItemsItemSamlAttributeMapping>,
    /// `entity_id`
    pub entity_id: String,
    /// `id`
    pub id: String,
    /// `metadata_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_url: Option<String>,
    /// `metadata_xml`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_xml: Option<String>,
    /// `name_id_format`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_id_format: Option<ListProvidersResponseItemsItemSamlNameIdFormat>,
}

impl<'de> Deserialize<'de> for ListProvidersResponseItemsItemSaml {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for ListProvidersResponseItemsItemSaml {
    const EXPECTING: &'static str = "struct ListProvidersResponseItemsItemSaml";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            Option<ListProvidersResponseItemsItemSamlAttributeMapping>,
        > = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<Option<String>> = None;
        let mut field_4: Option<Option<String>> = None;
        let mut field_5: Option<
            Option<ListProvidersResponseItemsItemSamlNameIdFormat>,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "attribute_mapping" => map.fill(&mut field_0),
                "entity_id" => map.fill(&mut field_1),
                "id" => map.fill(&mut field_2),
                "metadata_url" => map.fill(&mut field_3),
                "metadata_xml" => map.fill(&mut field_4),
                "name_id_format" => map.fill(&mut field_5),
                _ => map.skip(),
            };
            read?;
        }
        Ok(ListProvidersResponseItemsItemSaml {
            attribute_mapping: Option::flatten(field_0),
            entity_id: crate::runtime::required(field_1, "entity_id")?,
            id: crate::runtime::required(field_2, "id")?,
            metadata_url: Option::flatten(field_3),
            metadata_xml: Option::flatten(field_4),
            name_id_format: Option::flatten(field_5),
        })
    }
}

/// `ListProvidersResponseItemsItemSamlAttributeMapping`
///
/// Schema: `#/components/schemas/ListProvidersResponse/properties/items/items/properties/saml/properties/attribute_mapping`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListProvidersResponseItemsItemSamlAttributeMapping {
    /// `keys`
    pub keys: std::collections::BTreeMap<
        String,
        ListProvidersResponseItemsItemSamlAttributeMappingKeysValue,
    >,
}

impl<'de> Deserialize<'de> for ListProvidersResponseItemsItemSamlAttributeMapping {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for ListProvidersResponseItemsItemSamlAttributeMapping {
    const EXPECTING: &'static str = "struct ListProvidersResponseItemsItemSamlAttributeMapping";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            std::collections::BTreeMap<
                String,
                ListProvidersResponseItemsItemSamlAttributeMappingKeysValue,
            >,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "keys" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(ListProvidersResponseItemsItemSamlAttributeMapping {
            keys: crate::runtime::required(field_0, "keys")?,
        })
    }
}

/// `ListProvidersResponseItemsItemSamlAttributeMappingKeysValue`
///
/// Schema: `#/components/schemas/ListProvidersResponse/properties/items/items/properties/saml/properties/attribute_mapping/properties/keys/additionalProperties`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListProvidersResponseItemsItemSamlAttributeMappingKeysValue {
    /// `array`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub array: Option<bool>,
    /// `default`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<
        ListProvidersResponseItemsItemSamlAttributeMappingKeysValueDefault,
    >,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `names`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names: Option<Vec<String>>,
}

impl<'de> Deserialize<'de>
for ListProvidersResponseItemsItemSamlAttributeMappingKeysValue {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for ListProvidersResponseItemsItemSamlAttributeMappingKeysValue {
    const EXPECTING: &'static str = "struct ListProvidersResponseItemsItemSamlAttributeMappingKeysValue";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<bool>> = None;
        let mut field_1: Option<
            Option<ListProvidersResponseItemsItemSamlAttributeMappingKeysValueDefault>,
        > = None;
        let mut field_2: Option<Option<String>> = None;
        let mut field_3: Option<Option<Vec<String>>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "array" => map.fill(&mut field_0),
                "default" => map.fill(&mut field_1),
                "name" => map.fill(&mut field_2),
                "names" => map.fill(&mut field_3),
                _ => map.skip(),
            };
            read?;
        }
        Ok(ListProvidersResponseItemsItemSamlAttributeMappingKeysValue {
            array: Option::flatten(field_0),
            default: Option::flatten(field_1),
            name: Option::flatten(field_2),
            names: Option::flatten(field_3),
        })
    }
}

/// `ListProvidersResponseItemsItemSamlAttributeMappingKeysValueDefault`
///
/// Schema: `#/components/schemas/ListProvidersResponse/properties/items/items/properties/saml/properties/attribute_mapping/properties/keys/additionalProperties/properties/default`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ListProvidersResponseItemsItemSamlAttributeMappingKeysValueDefault {
    /// The `Object` variant.
    Object(std::collections::BTreeMap<String, serde_json::Value>),
    /// The `Number` variant.
    Number(f64),
    /// The `Boolean` variant.
    Boolean(bool),
    /// The `String` variant.
    String(String),
}

/// `ListProvidersResponseItemsItemSamlNameIdFormat`
///
/// Schema: `#/components/schemas/ListProvidersResponse/properties/items/items/properties/saml/properties/name_id_format`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListProvidersResponseItemsItemSamlNameIdFormat {
    /// `urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified`
    UrnColonOasisColonNamesColonTcColonSamlColon1Dot1ColonNameidDashFormatColonUnspecified,
    /// `urn:oasis:names:tc:SAML:2.0:nameid-format:transient`
    UrnColonOasisColonNamesColonTcColonSamlColon2Dot0ColonNameidDashFormatColonTransient,
    /// `urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress`
    UrnColonOasisColonNamesColonTcColonSamlColon1Dot1ColonNameidDashFormatColonEmailAddress,
    /// `urn:oasis:names:tc:SAML:2.0:nameid-format:persistent`
    UrnColonOasisColonNamesColonTcColonSamlColon2Dot0ColonNameidDashFormatColonPersistent,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ListProvidersResponseItemsItemSamlNameIdFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UrnColonOasisColonNamesColonTcColonSamlColon1Dot1ColonNameidDashFormatColonUnspecified => {
                "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"
            }
            Self::UrnColonOasisColonNamesColonTcColonSamlColon2Dot0ColonNameidDashFormatColonTransient => {
                "urn:oasis:names:tc:SAML:2.0:nameid-format:transient"
            }
            Self::UrnColonOasisColonNamesColonTcColonSamlColon1Dot1ColonNameidDashFormatColonEmailAddress => {
                "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
            }
            Self::UrnColonOasisColonNamesColonTcColonSamlColon2Dot0ColonNameidDashFormatColonPersistent => {
                "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"
            }
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListProvidersResponseItemsItemSamlNameIdFormat {
    fn from(value: &str) -> Self {
        match value {
            "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified" => {
                Self::UrnColonOasisColonNamesColonTcColonSamlColon1Dot1ColonNameidDashFormatColonUnspecified
            }
            "urn:oasis:names:tc:SAML:2.0:nameid-format:transient" => {
                Self::UrnColonOasisColonNamesColonTcColonSamlColon2Dot0ColonNameidDashFormatColonTransient
            }
            "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" => {
                Self::UrnColonOasisColonNamesColonTcColonSamlColon1Dot1ColonNameidDashFormatColonEmailAddress
            }
            "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent" => {
                Self::UrnColonOasisColonNamesColonTcColonSamlColon2Dot0ColonNameidDashFormatColonPersistent
            }
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for ListProvidersResponseItemsItemSamlNameIdFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListProvidersResponseItemsItemSamlNameIdFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ListProvidersResponseItemsItemSamlNameIdFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
