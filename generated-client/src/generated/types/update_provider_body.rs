//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateProviderBody`.

use serde::{Deserialize, Serialize};

/// `UpdateProviderBody`
///
/// Schema: `#/components/schemas/UpdateProviderBody`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateProviderBody {
    /// `attribute_mapping`
    pub attribute_mapping: Option<UpdateProviderBodyAttributeMapping>,
    /// `domains`
    pub domains: Option<Vec<String>>,
    /// `metadata_url`
    pub metadata_url: Option<String>,
    /// `metadata_xml`
    pub metadata_xml: Option<String>,
    /// `name_id_format`
    pub name_id_format: Option<UpdateProviderBodyNameIdFormat>,
}

impl crate::runtime::ToFields for UpdateProviderBody {
    const NAME: &'static str = "UpdateProviderBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("attribute_mapping", &self.attribute_mapping)
            .optional("domains", &self.domains)
            .optional("metadata_url", &self.metadata_url)
            .optional("metadata_xml", &self.metadata_xml)
            .optional("name_id_format", &self.name_id_format)
    }
}

impl crate::runtime::FromFields for UpdateProviderBody {
    const EXPECTING: &'static str = "struct UpdateProviderBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut attribute_mapping: Option<UpdateProviderBodyAttributeMapping> = None;
        let mut domains: Option<Vec<String>> = None;
        let mut metadata_url: Option<String> = None;
        let mut metadata_xml: Option<String> = None;
        let mut name_id_format: Option<UpdateProviderBodyNameIdFormat> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "attribute_mapping" => __map.set(&mut attribute_mapping),
                "domains" => __map.set(&mut domains),
                "metadata_url" => __map.set(&mut metadata_url),
                "metadata_xml" => __map.set(&mut metadata_xml),
                "name_id_format" => __map.set(&mut name_id_format),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateProviderBody {
            attribute_mapping,
            domains,
            metadata_url,
            metadata_xml,
            name_id_format,
        })
    }
}
crate::runtime::object_serde!(UpdateProviderBody);

/// `UpdateProviderBodyAttributeMapping`
///
/// Schema: `#/components/schemas/UpdateProviderBody/properties/attribute_mapping`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateProviderBodyAttributeMapping {
    /// `keys`
    pub keys: std::collections::BTreeMap<
        String,
        UpdateProviderBodyAttributeMappingKeysValue,
    >,
}

impl crate::runtime::ToFields for UpdateProviderBodyAttributeMapping {
    const NAME: &'static str = "UpdateProviderBodyAttributeMapping";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("keys", &self.keys)
    }
}

impl crate::runtime::FromFields for UpdateProviderBodyAttributeMapping {
    const EXPECTING: &'static str = "struct UpdateProviderBodyAttributeMapping";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut keys: Option<
            std::collections::BTreeMap<
                String,
                UpdateProviderBodyAttributeMappingKeysValue,
            >,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "keys" => __map.fill(&mut keys),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateProviderBodyAttributeMapping {
            keys: crate::runtime::required(keys, "keys")?,
        })
    }
}
crate::runtime::object_serde!(UpdateProviderBodyAttributeMapping);

impl UpdateProviderBodyAttributeMapping {
    /// A value with the required fields (`keys`) set and every optional field absent.
    pub fn new(
        keys: std::collections::BTreeMap<
            String,
            UpdateProviderBodyAttributeMappingKeysValue,
        >,
    ) -> Self {
        Self { keys }
    }
}

/// `UpdateProviderBodyAttributeMappingKeysValue`
///
/// Schema: `#/components/schemas/UpdateProviderBody/properties/attribute_mapping/properties/keys/additionalProperties`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateProviderBodyAttributeMappingKeysValue {
    /// `array`
    pub array: Option<bool>,
    /// `default`
    pub default: Option<UpdateProviderBodyAttributeMappingKeysValueDefault>,
    /// `name`
    pub name: Option<String>,
    /// `names`
    pub names: Option<Vec<String>>,
}

impl crate::runtime::ToFields for UpdateProviderBodyAttributeMappingKeysValue {
    const NAME: &'static str = "UpdateProviderBodyAttributeMappingKeysValue";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("array", &self.array)
            .optional("default", &self.default)
            .optional("name", &self.name)
            .optional("names", &self.names)
    }
}

impl crate::runtime::FromFields for UpdateProviderBodyAttributeMappingKeysValue {
    const EXPECTING: &'static str = "struct UpdateProviderBodyAttributeMappingKeysValue";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut array: Option<bool> = None;
        let mut default: Option<UpdateProviderBodyAttributeMappingKeysValueDefault> = None;
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
        Ok(UpdateProviderBodyAttributeMappingKeysValue {
            array,
            default,
            name,
            names,
        })
    }
}
crate::runtime::object_serde!(UpdateProviderBodyAttributeMappingKeysValue);

/// `UpdateProviderBodyAttributeMappingKeysValueDefault`
///
/// Schema: `#/components/schemas/UpdateProviderBody/properties/attribute_mapping/properties/keys/additionalProperties/properties/default`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum UpdateProviderBodyAttributeMappingKeysValueDefault {
    /// The `Object` variant.
    Object(std::collections::BTreeMap<String, serde_json::Value>),
    /// The `Number` variant.
    Number(f64),
    /// The `Boolean` variant.
    Boolean(bool),
    /// The `String` variant.
    String(String),
}

/// `UpdateProviderBodyNameIdFormat`
///
/// Schema: `#/components/schemas/UpdateProviderBody/properties/name_id_format`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateProviderBodyNameIdFormat {
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

impl UpdateProviderBodyNameIdFormat {
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

impl From<&str> for UpdateProviderBodyNameIdFormat {
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

impl std::fmt::Display for UpdateProviderBodyNameIdFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateProviderBodyNameIdFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateProviderBodyNameIdFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
