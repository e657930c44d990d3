//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DeleteProviderResponse`.

use serde::{Deserialize, Serialize};

/// `DeleteProviderResponse`
///
/// Schema: `#/components/schemas/DeleteProviderResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeleteProviderResponse {
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `domains`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<DeleteProviderResponseDomainsItem>>,
    /// `id`
    pub id: String,
    /// `saml`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml: Option<DeleteProviderResponseSaml>,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

impl<'de> Deserialize<'de> for DeleteProviderResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for DeleteProviderResponse {
    const EXPECTING: &'static str = "struct DeleteProviderResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<Option<Vec<DeleteProviderResponseDomainsItem>>> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<Option<DeleteProviderResponseSaml>> = None;
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
        Ok(DeleteProviderResponse {
            created_at: Option::flatten(field_0),
            domains: Option::flatten(field_1),
            id: crate::runtime::required(field_2, "id")?,
            saml: Option::flatten(field_3),
            updated_at: Option::flatten(field_4),
        })
    }
}

/// `DeleteProviderResponseDomainsItem`
///
/// Schema: `#/components/schemas/DeleteProviderResponse/properties/domains/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeleteProviderResponseDomainsItem {
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

impl<'de> Deserialize<'de> for DeleteProviderResponseDomainsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for DeleteProviderResponseDomainsItem {
    const EXPECTING: &'static str = "struct DeleteProviderResponseDomainsItem";
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
        Ok(DeleteProviderResponseDomainsItem {
            created_at: Option::flatten(field_0),
            domain: Option::flatten(field_1),
            id: crate::runtime::required(field_2, "id")?,
            updated_at: Option::flatten(field_3),
        })
    }
}

/// `DeleteProviderResponseSaml`
///
/// Schema: `#/components/schemas/DeleteProviderResponse/properties/saml`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeleteProviderResponseSaml {
    /// `attribute_mapping`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_mapping: Option<DeleteProviderResponseSamlAttributeMapping>,
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
    pub name_id_format: Option<DeleteProviderResponseSamlNameIdFormat>,
}

impl<'de> Deserialize<'de> for DeleteProviderResponseSaml {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for DeleteProviderResponseSaml {
    const EXPECTING: &'static str = "struct DeleteProviderResponseSaml";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<DeleteProviderResponseSamlAttributeMapping>> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<Option<String>> = None;
        let mut field_4: Option<Option<String>> = None;
        let mut field_5: Option<Option<DeleteProviderResponseSamlNameIdFormat>> = None;
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
        Ok(DeleteProviderResponseSaml {
            attribute_mapping: Option::flatten(field_0),
            entity_id: crate::runtime::required(field_1, "entity_id")?,
            id: crate::runtime::required(field_2, "id")?,
            metadata_url: Option::flatten(field_3),
            metadata_xml: Option::flatten(field_4),
            name_id_format: Option::flatten(field_5),
        })
    }
}

/// `DeleteProviderResponseSamlAttributeMapping`
///
/// Schema: `#/components/schemas/DeleteProviderResponse/properties/saml/properties/attribute_mapping`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeleteProviderResponseSamlAttributeMapping {
    /// `keys`
    pub keys: std::collections::BTreeMap<
        String,
        DeleteProviderResponseSamlAttributeMappingKeysValue,
    >,
}

impl<'de> Deserialize<'de> for DeleteProviderResponseSamlAttributeMapping {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for DeleteProviderResponseSamlAttributeMapping {
    const EXPECTING: &'static str = "struct DeleteProviderResponseSamlAttributeMapping";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            std::collections::BTreeMap<
                String,
                DeleteProviderResponseSamlAttributeMappingKeysValue,
            >,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "keys" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(DeleteProviderResponseSamlAttributeMapping {
            keys: crate::runtime::required(field_0, "keys")?,
        })
    }
}

/// `DeleteProviderResponseSamlAttributeMappingKeysValue`
///
/// Schema: `#/components/schemas/DeleteProviderResponse/properties/saml/properties/attribute_mapping/properties/keys/additionalProperties`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct DeleteProviderResponseSamlAttributeMappingKeysValue {
    /// `array`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub array: Option<bool>,
    /// `default`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<DeleteProviderResponseSamlAttributeMappingKeysValueDefault>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `names`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for DeleteProviderResponseSamlAttributeMappingKeysValue {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for DeleteProviderResponseSamlAttributeMappingKeysValue {
    const EXPECTING: &'static str = "struct DeleteProviderResponseSamlAttributeMappingKeysValue";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<bool>> = None;
        let mut field_1: Option<
            Option<DeleteProviderResponseSamlAttributeMappingKeysValueDefault>,
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
        Ok(DeleteProviderResponseSamlAttributeMappingKeysValue {
            array: Option::flatten(field_0),
            default: Option::flatten(field_1),
            name: Option::flatten(field_2),
            names: Option::flatten(field_3),
        })
    }
}

/// `DeleteProviderResponseSamlAttributeMappingKeysValueDefault`
///
/// Schema: `#/components/schemas/DeleteProviderResponse/properties/saml/properties/attribute_mapping/properties/keys/additionalProperties/properties/default`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum DeleteProviderResponseSamlAttributeMappingKeysValueDefault {
    /// The `Object` variant.
    Object(std::collections::BTreeMap<String, serde_json::Value>),
    /// The `Number` variant.
    Number(f64),
    /// The `Boolean` variant.
    Boolean(bool),
    /// The `String` variant.
    String(String),
}

/// `DeleteProviderResponseSamlNameIdFormat`
///
/// Schema: `#/components/schemas/DeleteProviderResponse/properties/saml/properties/name_id_format`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeleteProviderResponseSamlNameIdFormat {
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

impl DeleteProviderResponseSamlNameIdFormat {
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

impl From<&str> for DeleteProviderResponseSamlNameIdFormat {
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

impl std::fmt::Display for DeleteProviderResponseSamlNameIdFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for DeleteProviderResponseSamlNameIdFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for DeleteProviderResponseSamlNameIdFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
