//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateProviderBody`.

use serde::{Deserialize, Serialize};

/// `CreateProviderBody`
///
/// Schema: `#/components/schemas/CreateProviderBody`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateProviderBody {
    /// `attribute_mapping`
    pub attribute_mapping: Option<CreateProviderBodyAttributeMapping>,
    /// `domains`
    pub domains: Option<Vec<String>>,
    /// `metadata_url`
    pub metadata_url: Option<String>,
    /// `metadata_xml`
    pub metadata_xml: Option<String>,
    /// `name_id_format`
    pub name_id_format: Option<CreateProviderBodyNameIdFormat>,
    /// What type of provider will be created
    pub type_: CreateProviderBodyType,
}

impl crate::runtime::ToFields for CreateProviderBody {
    const NAME: &'static str = "CreateProviderBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("attribute_mapping", &self.attribute_mapping)
            .optional("domains", &self.domains)
            .optional("metadata_url", &self.metadata_url)
            .optional("metadata_xml", &self.metadata_xml)
            .optional("name_id_format", &self.name_id_format)
            .field("type", &self.type_)
    }
}

impl crate::runtime::FromFields for CreateProviderBody {
    const EXPECTING: &'static str = "struct CreateProviderBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut attribute_mapping: Option<CreateProviderBodyAttributeMapping> = None;
        let mut domains: Option<Vec<String>> = None;
        let mut metadata_url: Option<String> = None;
        let mut metadata_xml: Option<String> = None;
        let mut name_id_format: Option<CreateProviderBodyNameIdFormat> = None;
        let mut type_: Option<CreateProviderBodyType> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "attribute_mapping" => __map.set(&mut attribute_mapping),
                "domains" => __map.set(&mut domains),
                "metadata_url" => __map.set(&mut metadata_url),
                "metadata_xml" => __map.set(&mut metadata_xml),
                "name_id_format" => __map.set(&mut name_id_format),
                "type" => __map.fill(&mut type_),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(CreateProviderBody {
            attribute_mapping,
            domains,
            metadata_url,
            metadata_xml,
            name_id_format,
            type_: crate::runtime::required(type_, "type")?,
        })
    }
}
crate::runtime::object_serde!(CreateProviderBody);

impl CreateProviderBody {
    /// A value with the required fields (`type_`) set and every optional field absent.
    pub fn new(type_: CreateProviderBodyType) -> Self {
        Self {
            attribute_mapping: None,
            domains: None,
            metadata_url: None,
            metadata_xml: None,
            name_id_format: None,
            type_,
        }
    }
}

/// `CreateProviderBodyAttributeMapping`
///
/// Schema: `#/components/schemas/CreateProviderBody/properties/attribute_mapping`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateProviderBodyAttributeMapping {
    /// `keys`
    pub keys: std::collections::BTreeMap<
        String,
        CreateProviderBodyAttributeMappingKeysValue,
    >,
}

impl crate::runtime::ToFields for CreateProviderBodyAttributeMapping {
    const NAME: &'static str = "CreateProviderBodyAttributeMapping";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("keys", &self.keys)
    }
}

impl crate::runtime::FromFields for CreateProviderBodyAttributeMapping {
    const EXPECTING: &'static str = "struct CreateProviderBodyAttributeMapping";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut keys: Option<
            std::collections::BTreeMap<
                String,
                CreateProviderBodyAttributeMappingKeysValue,
            >,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "keys" => __map.fill(&mut keys),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(CreateProviderBodyAttributeMapping {
            keys: crate::runtime::required(keys, "keys")?,
        })
    }
}
crate::runtime::object_serde!(CreateProviderBodyAttributeMapping);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateProviderBodyAttributeMappingKeysValue {
    /// `array`
    pub array: Option<bool>,
    /// `default`
    pub default: Option<CreateProviderBodyAttributeMappingKeysValueDefault>,
    /// `name`
    pub name: Option<String>,
    /// `names`
    pub names: Option<Vec<String>>,
}

impl crate::runtime::ToFields for CreateProviderBodyAttributeMappingKeysValue {
    const NAME: &'static str = "CreateProviderBodyAttributeMappingKeysValue";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("array", &self.array)
            .optional("default", &self.default)
            .optional("name", &self.name)
            .optional("names", &self.names)
    }
}

impl crate::runtime::FromFields for CreateProviderBodyAttributeMappingKeysValue {
    const EXPECTING: &'static str = "struct CreateProviderBodyAttributeMappingKeysValue";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut array: Option<bool> = None;
        let mut default: Option<CreateProviderBodyAttributeMappingKeysValueDefault> = None;
        let mut name: Option<String> = None;
        let mut names: Option<Vec<String>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "array" => __map.set(&mut array),
                "default" => __map.set(&mut default),
                "name" => __map.set(&mut name),
                "names" => __map.set(&mut names),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(CreateProviderBodyAttributeMappingKeysValue {
            array,
            default,
            name,
            names,
        })
    }
}
crate::runtime::object_serde!(CreateProviderBodyAttributeMappingKeysValue);

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
