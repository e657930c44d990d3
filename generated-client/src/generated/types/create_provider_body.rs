//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateProviderBody`.

use serde::{Deserialize, Serialize};

/// `CreateProviderBody`
///
/// Schema: `#/components/schemas/CreateProviderBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateProviderBody {
    /// `attribute_mapping`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_mapping: Option<CreateProviderBodyAttributeMapping>,
    /// `domains`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<String>>,
    /// `metadata_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_url: Option<String>,
    /// `metadata_xml`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_xml: Option<String>,
    /// `name_id_format`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_id_format: Option<CreateProviderBodyNameIdFormat>,
    /// What type of provider will be created
    pub r#type: CreateProviderBodyType,
}

impl<'de> Deserialize<'de> for CreateProviderBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for CreateProviderBody {
    const EXPECTING: &'static str = "struct CreateProviderBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<CreateProviderBodyAttributeMapping>> = None;
        let mut field_1: Option<Option<Vec<String>>> = None;
        let mut field_2: Option<Option<String>> = None;
        let mut field_3: Option<Option<String>> = None;
        let mut field_4: Option<Option<CreateProviderBodyNameIdFormat>> = None;
        let mut field_5: Option<CreateProviderBodyType> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "attribute_mapping" => map.fill(&mut field_0),
                "domains" => map.fill(&mut field_1),
                "metadata_url" => map.fill(&mut field_2),
                "metadata_xml" => map.fill(&mut field_3),
                "name_id_format" => map.fill(&mut field_4),
                "type" => map.fill(&mut field_5),
                _ => map.skip(),
            };
            read?;
        }
        Ok(CreateProviderBody {
            attribute_mapping: Option::flatten(field_0),
            domains: Option::flatten(field_1),
            metadata_url: Option::flatten(field_2),
            metadata_xml: Option::flatten(field_3),
            name_id_format: Option::flatten(field_4),
            r#type: crate::runtime::required(field_5, "type")?,
        })
    }
}

impl CreateProviderBody {
    /// A value with the required fields (`type`) set and every optional field absent.
    pub fn new(r#type: CreateProviderBodyType) -> Self {
        Self {
            attribute_mapping: None,
            domains: None,
            metadata_url: None,
            metadata_xml: None,
            name_id_format: None,
            r#type,
        }
    }
}

/// `CreateProviderBodyAttributeMapping`
///
/// Schema: `#/components/schemas/CreateProviderBody/properties/attribute_mapping`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateProviderBodyAttributeMapping {
    /// `keys`
    pub keys: std::collections::BTreeMap<
        String,
        CreateProviderBodyAttributeMappingKeysValue,
    >,
}

impl<'de> Deserialize<'de> for CreateProviderBodyAttributeMapping {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for CreateProviderBodyAttributeMapping {
    const EXPECTING: &'static str = "struct CreateProviderBodyAttributeMapping";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<
            std::collections::BTreeMap<
                String,
                CreateProviderBodyAttributeMappingKeysValue,
            >,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "keys" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(CreateProviderBodyAttributeMapping {
            keys: crate::runtime::required(field_0, "keys")?,
        })
    }
}

impl CreateProviderBodyAttributeMapping {
    /// A value with the required fields (`keys`) set and every optional field absent.
    pub fn new(
        keys: std::collections::BTreeMap<
            String,
            CreateProviderBodyAttributeMappingKeysValue,
        >,
    ) -> Self {
        Self { keys }
    }
}

/// `CreateProviderBodyAttributeMappingKeysValue`
///
/// Schema: `#/components/schemas/CreateProviderBody/properties/attribute_mapping/properties/keys/additionalProperties`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateProviderBodyAttributeMappingKeysValue {
    /// `array`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub array: Option<bool>,
    /// `default`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<CreateProviderBodyAttributeMappingKeysValueDefault>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `names`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for CreateProviderBodyAttributeMappingKeysValue {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for CreateProviderBodyAttributeMappingKeysValue {
    const EXPECTING: &'static str = "struct CreateProviderBodyAttributeMappingKeysValue";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<bool>> = None;
        let mut field_1: Option<
            Option<CreateProviderBodyAttributeMappingKeysValueDefault>,
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
        Ok(CreateProviderBodyAttributeMappingKeysValue {
            array: Option::flatten(field_0),
            default: Option::flatten(field_1),
            name: Option::flatten(field_2),
            names: Option::flatten(field_3),
        })
    }
}

/// `CreateProviderBodyAttributeMappingKeysValueDefault`
///
/// Schema: `#/components/schemas/CreateProviderBody/properties/attribute_mapping/properties/keys/additionalProperties/properties/default`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum CreateProviderBodyAttributeMappingKeysValueDefault {
    /// The `Object` variant.
    Object(std::collections::BTreeMap<String, serde_json::Value>),
    /// The `Number` variant.
    Number(f64),
    /// The `Boolean` variant.
    Boolean(bool),
    /// The `String` variant.
    String(String),
}

/// `CreateProviderBodyNameIdFormat`
///
/// Schema: `#/components/schemas/CreateProviderBody/properties/name_id_format`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateProviderBodyNameIdFormat {
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

impl CreateProviderBodyNameIdFormat {
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

impl From<&str> for CreateProviderBodyNameIdFormat {
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

impl std::fmt::Display for CreateProviderBodyNameIdFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateProviderBodyNameIdFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateProviderBodyNameIdFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// What type of provider will be created
///
/// Schema: `#/components/schemas/CreateProviderBody/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateProviderBodyType {
    /// `saml`
    Saml,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl CreateProviderBodyType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Saml => "saml",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateProviderBodyType {
    fn from(value: &str) -> Self {
        match value {
            "saml" => Self::Saml,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for CreateProviderBodyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateProviderBodyType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateProviderBodyType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
