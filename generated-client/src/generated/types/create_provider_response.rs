//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateProviderResponse`.

use serde::{Deserialize, Serialize};

/// `CreateProviderResponse`
///
/// Schema: `#/components/schemas/CreateProviderResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateProviderResponse {
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `domains`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<CreateProviderResponseDomainsItem>>,
    /// `id`
    pub id: String,
    /// `saml`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml: Option<CreateProviderResponseSaml>,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

impl<'de> Deserialize<'de> for CreateProviderResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for CreateProviderResponse {
    const EXPECTING: &'static str = "struct CreateProviderResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<Option<Vec<CreateProviderResponseDomainsItem>>> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<Option<CreateProviderResponseSaml>> = None;
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
        Ok(CreateProviderResponse {
            created_at: Option::flatten(field_0),
            domains: Option::flatten(field_1),
            id: crate::runtime::required(field_2, "id")?,
            saml: Option::flatten(field_3),
            updated_at: Option::flatten(field_4),
        })
    }
}

/// `CreateProviderResponseDomainsItem`
///
/// Schema: `#/components/schemas/CreateProviderResponse/properties/domains/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateProviderResponseDomainsItem {
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

impl<'de> Deserialize<'de> for CreateProviderResponseDomainsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for CreateProviderResponseDomainsItem {
    const EXPECTING: &'static str = "struct CreateProviderResponseDomainsItem";
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
        Ok(CreateProviderResponseDomainsItem {
            created_at: Option::flatten(field_0),
            domain: Option::flatten(field_1),
            id: crate::runtime::required(field_2, "id")?,
            updated_at: Option::flatten(field_3),
        })
    }
}

/// `CreateProviderResponseSaml`
///
/// Schema: `#/components/schemas/CreateProviderResponse/properties/saml`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateProviderResponseSaml {
    /// `attribute_mapping`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_mapping: Option<CreateProviderResponseSamlAttributeMapping>,
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
    pub name_id_format: Option<CreateProviderResponseSamlNameIdFormat>,
}

impl<'de> Deserialize<'de> for CreateProviderResponseSaml {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for CreateProviderResponseSaml {
    const EXPECTING: &'static str = "struct CreateProviderResponseSaml";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<CreateProviderResponseSamlAttributeMapping>> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<Option<String>> = None;
        let mut field_4: Option<Option<String>> = None;
        let mut field_5: Option<Option<CreateProviderResponseSamlNameIdFormat>> = None;
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
        Ok(CreateProviderResponseSaml {
            attribute_mapping: Option::flatten(field_0),
            entity_id: crate::runtime::required(field_1, "entity_id")?,
            id: crate::runtime::required(field_2, "id")?,
            metadata_url: Option::flatten(field_3),
            metadata_xml: Option::flatten(field_4),
            name_id_format: Option::flatten(field_5),
        })
    }
}

/// `CreateProviderResponseSamlAttributeMapping`
///
/// Schema: `#/components/schemas/CreateProviderResponse/properties/saml/properties/attribute_mapping`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateProviderResponseSamlAttributeMapping {
    /// `keys`
    pub keys: std::collections::BTreeMap<
        String,
        CreateProviderResponseSamlAttributeMappingKeysValue,
    >,
}

impl<'de> Deserialize<'de> for CreateProviderResponseSamlAttributeMapping {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for CreateProviderResponseSamlAttributeMapping {
    const EXPECTING: &'static str = "struct CreateProviderResponseSamlAttributeMapping";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            std::collections::BTreeMap<
                String,
                CreateProviderResponseSamlAttributeMappingKeysValue,
            >,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "keys" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(CreateProviderResponseSamlAttributeMapping {
            keys: crate::runtime::required(field_0, "keys")?,
        })
    }
}

/// `CreateProviderResponseSamlAttributeMappingKeysValue`
///
/// Schema: `#/components/schemas/CreateProviderResponse/properties/saml/properties/attribute_mapping/properties/keys/additionalProperties`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateProviderResponseSamlAttributeMappingKeysValue {
    /// `array`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub array: Option<bool>,
    /// `default`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<CreateProviderResponseSamlAttributeMappingKeysValueDefault>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `names`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for CreateProviderResponseSamlAttributeMappingKeysValue {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for CreateProviderResponseSamlAttributeMappingKeysValue {
    const EXPECTING: &'static str = "struct CreateProviderResponseSamlAttributeMappingKeysValue";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<bool>> = None;
        let mut field_1: Option<
            Option<CreateProviderResponseSamlAttributeMappingKeysValueDefault>,
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
        Ok(CreateProviderResponseSamlAttributeMappingKeysValue {
            array: Option::flatten(field_0),
            default: Option::flatten(field_1),
            name: Option::flatten(field_2),
            names: Option::flatten(field_3),
        })
    }
}

/// `CreateProviderResponseSamlAttributeMappingKeysValueDefault`
///
/// Schema: `#/components/schemas/CreateProviderResponse/properties/saml/properties/attribute_mapping/properties/keys/additionalProperties/properties/default`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum CreateProviderResponseSamlAttributeMappingKeysValueDefault {
    /// The `Object` variant.
    Object(std::collections::BTreeMap<String, serde_json::Value>),
    /// The `Number` variant.
    Number(f64),
    /// The `Boolean` variant.
    Boolean(bool),
    /// The `String` variant.
    String(String),
}

/// `CreateProviderResponseSamlNameIdFormat`
///
/// Schema: `#/components/schemas/CreateProviderResponse/properties/saml/properties/name_id_format`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateProviderResponseSamlNameIdFormat {
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

impl CreateProviderResponseSamlNameIdFormat {
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

impl From<&str> for CreateProviderResponseSamlNameIdFormat {
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

impl std::fmt::Display for CreateProviderResponseSamlNameIdFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateProviderResponseSamlNameIdFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateProviderResponseSamlNameIdFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
