//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateProviderResponse`.

use serde::{Deserialize, Serialize};

/// `UpdateProviderResponse`
///
/// Schema: `#/components/schemas/UpdateProviderResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateProviderResponse {
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `domains`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<UpdateProviderResponseDomainsItem>>,
    /// `id`
    pub id: String,
    /// `saml`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml: Option<UpdateProviderResponseSaml>,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

impl<'de> Deserialize<'de> for UpdateProviderResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateProviderResponse {
    const EXPECTING: &'static str = "struct UpdateProviderResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<Option<Vec<UpdateProviderResponseDomainsItem>>> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<Option<UpdateProviderResponseSaml>> = None;
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
        Ok(UpdateProviderResponse {
            created_at: Option::flatten(field_0),
            domains: Option::flatten(field_1),
            id: crate::runtime::required(field_2, "id")?,
            saml: Option::flatten(field_3),
            updated_at: Option::flatten(field_4),
        })
    }
}

/// `UpdateProviderResponseDomainsItem`
///
/// Schema: `#/components/schemas/UpdateProviderResponse/properties/domains/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateProviderResponseDomainsItem {
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

impl<'de> Deserialize<'de> for UpdateProviderResponseDomainsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateProviderResponseDomainsItem {
    const EXPECTING: &'static str = "struct UpdateProviderResponseDomainsItem";
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
        Ok(UpdateProviderResponseDomainsItem {
            created_at: Option::flatten(field_0),
            domain: Option::flatten(field_1),
            id: crate::runtime::required(field_2, "id")?,
            updated_at: Option::flatten(field_3),
        })
    }
}

/// `UpdateProviderResponseSaml`
///
/// Schema: `#/components/schemas/UpdateProviderResponse/properties/saml`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateProviderResponseSaml {
    /// `attribute_mapping`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_mapping: Option<UpdateProviderResponseSamlAttributeMapping>,
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
    pub name_id_format: Option<UpdateProviderResponseSamlNameIdFormat>,
}

impl<'de> Deserialize<'de> for UpdateProviderResponseSaml {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateProviderResponseSaml {
    const EXPECTING: &'static str = "struct UpdateProviderResponseSaml";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<UpdateProviderResponseSamlAttributeMapping>> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<Option<String>> = None;
        let mut field_4: Option<Option<String>> = None;
        let mut field_5: Option<Option<UpdateProviderResponseSamlNameIdFormat>> = None;
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
        Ok(UpdateProviderResponseSaml {
            attribute_mapping: Option::flatten(field_0),
            entity_id: crate::runtime::required(field_1, "entity_id")?,
            id: crate::runtime::required(field_2, "id")?,
            metadata_url: Option::flatten(field_3),
            metadata_xml: Option::flatten(field_4),
            name_id_format: Option::flatten(field_5),
        })
    }
}

/// `UpdateProviderResponseSamlAttributeMapping`
///
/// Schema: `#/components/schemas/UpdateProviderResponse/properties/saml/properties/attribute_mapping`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateProviderResponseSamlAttributeMapping {
    /// `keys`
    pub keys: std::collections::BTreeMap<
        String,
        UpdateProviderResponseSamlAttributeMappingKeysValue,
    >,
}

impl<'de> Deserialize<'de> for UpdateProviderResponseSamlAttributeMapping {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateProviderResponseSamlAttributeMapping {
    const EXPECTING: &'static str = "struct UpdateProviderResponseSamlAttributeMapping";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            std::collections::BTreeMap<
                String,
                UpdateProviderResponseSamlAttributeMappingKeysValue,
            >,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "keys" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateProviderResponseSamlAttributeMapping {
            keys: crate::runtime::required(field_0, "keys")?,
        })
    }
}

/// `UpdateProviderResponseSamlAttributeMappingKeysValue`
///
/// Schema: `#/components/schemas/UpdateProviderResponse/properties/saml/properties/attribute_mapping/properties/keys/additionalProperties`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateProviderResponseSamlAttributeMappingKeysValue {
    /// `array`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub array: Option<bool>,
    /// `default`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<UpdateProviderResponseSamlAttributeMappingKeysValueDefault>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `names`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for UpdateProviderResponseSamlAttributeMappingKeysValue {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateProviderResponseSamlAttributeMappingKeysValue {
    const EXPECTING: &'static str = "struct UpdateProviderResponseSamlAttributeMappingKeysValue";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<bool>> = None;
        let mut field_1: Option<
            Option<UpdateProviderResponseSamlAttributeMappingKeysValueDefault>,
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
        Ok(UpdateProviderResponseSamlAttributeMappingKeysValue {
            array: Option::flatten(field_0),
            default: Option::flatten(field_1),
            name: Option::flatten(field_2),
            names: Option::flatten(field_3),
        })
    }
}

/// `UpdateProviderResponseSamlAttributeMappingKeysValueDefault`
///
/// Schema: `#/components/schemas/UpdateProviderResponse/properties/saml/properties/attribute_mapping/properties/keys/additionalProperties/properties/default`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum UpdateProviderResponseSamlAttributeMappingKeysValueDefault {
    /// The `Object` variant.
    Object(std::collections::BTreeMap<String, serde_json::Value>),
    /// The `Number` variant.
    Number(f64),
    /// The `Boolean` variant.
    Boolean(bool),
    /// The `String` variant.
    String(String),
}

/// `UpdateProviderResponseSamlNameIdFormat`
///
/// Schema: `#/components/schemas/UpdateProviderResponse/properties/saml/properties/name_id_format`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateProviderResponseSamlNameIdFormat {
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

impl UpdateProviderResponseSamlNameIdFormat {
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

impl From<&str> for UpdateProviderResponseSamlNameIdFormat {
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

impl std::fmt::Display for UpdateProviderResponseSamlNameIdFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateProviderResponseSamlNameIdFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateProviderResponseSamlNameIdFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
