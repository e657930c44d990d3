//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateProviderResponse`.

use serde::{Deserialize, Serialize};

/// `CreateProviderResponse`
///
/// Schema: `#/components/schemas/CreateProviderResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateProviderResponse {
    /// `created_at`
    pub created_at: Option<String>,
    /// `domains`
    pub domains: Option<Vec<CreateProviderResponseDomainsItem>>,
    /// `id`
    pub id: String,
    /// `saml`
    pub saml: Option<CreateProviderResponseSaml>,
    /// `updated_at`
    pub updated_at: Option<String>,
}

impl crate::runtime::ToFields for CreateProviderResponse {
    const NAME: &'static str = "CreateProviderResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("created_at", &self.created_at)
            .optional("domains", &self.domains)
            .field("id", &self.id)
            .optional("saml", &self.saml)
            .optional("updated_at", &self.updated_at)
    }
}

impl crate::runtime::FromFields for CreateProviderResponse {
    const EXPECTING: &'static str = "struct CreateProviderResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut created_at: Option<String> = None;
        let mut domains: Option<Vec<CreateProviderResponseDomainsItem>> = None;
        let mut id: Option<String> = None;
        let mut saml: Option<CreateProviderResponseSaml> = None;
        let mut updated_at: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "created_at" => __map.set(&mut created_at),
                "domains" => __map.set(&mut domains),
                "id" => __map.fill(&mut id),
                "saml" => __map.set(&mut saml),
                "updated_at" => __map.set(&mut updated_at),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(CreateProviderResponse {
            created_at,
            domains,
            id: crate::runtime::required(id, "id")?,
            saml,
            updated_at,
        })
    }
}
crate::runtime::object_serde!(CreateProviderResponse);

/// `CreateProviderResponseDomainsItem`
///
/// Schema: `#/components/schemas/CreateProviderResponse/properties/domains/items`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateProviderResponseDomainsItem {
    /// `created_at`
    pub created_at: Option<String>,
    /// `domain`
    pub domain: Option<String>,
    /// `id`
    pub id: Option<String>,
    /// `updated_at`
    pub updated_at: Option<String>,
}

impl crate::runtime::ToFields for CreateProviderResponseDomainsItem {
    const NAME: &'static str = "CreateProviderResponseDomainsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("created_at", &self.created_at)
            .optional("domain", &self.domain)
            .optional("id", &self.id)
            .optional("updated_at", &self.updated_at)
    }
}

impl crate::runtime::FromFields for CreateProviderResponseDomainsItem {
    const EXPECTING: &'static str = "struct CreateProviderResponseDomainsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut created_at: Option<String> = None;
        let mut domain: Option<String> = None;
        let mut id: Option<String> = None;
        let mut updated_at: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "created_at" => __map.set(&mut created_at),
                "domain" => __map.set(&mut domain),
                "id" => __map.set(&mut id),
                "updated_at" => __map.set(&mut updated_at),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(CreateProviderResponseDomainsItem {
            created_at,
            domain,
            id,
            updated_at,
        })
    }
}
crate::runtime::object_serde!(CreateProviderResponseDomainsItem);

/// `CreateProviderResponseSaml`
///
/// Schema: `#/components/schemas/CreateProviderResponse/properties/saml`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateProviderResponseSaml {
    /// `attribute_mapping`
    pub attribute_mapping: Option<CreateProviderResponseSamlAttributeMapping>,
    /// `entity_id`
    pub entity_id: String,
    /// `id`
    pub id: Option<String>,
    /// `metadata_url`
    pub metadata_url: Option<String>,
    /// `metadata_xml`
    pub metadata_xml: Option<String>,
    /// `name_id_format`
    pub name_id_format: Option<CreateProviderResponseSamlNameIdFormat>,
}

impl crate::runtime::ToFields for CreateProviderResponseSaml {
    const NAME: &'static str = "CreateProviderResponseSaml";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("attribute_mapping", &self.attribute_mapping)
            .field("entity_id", &self.entity_id)
            .optional("id", &self.id)
            .optional("metadata_url", &self.metadata_url)
            .optional("metadata_xml", &self.metadata_xml)
            .optional("name_id_format", &self.name_id_format)
    }
}

impl crate::runtime::FromFields for CreateProviderResponseSaml {
    const EXPECTING: &'static str = "struct CreateProviderResponseSaml";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut attribute_mapping: Option<CreateProviderResponseSamlAttributeMapping> = None;
        let mut entity_id: Option<String> = None;
        let mut id: Option<String> = None;
        let mut metadata_url: Option<String> = None;
        let mut metadata_xml: Option<String> = None;
        let mut name_id_format: Option<CreateProviderResponseSamlNameIdFormat> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "attribute_mapping" => __map.set(&mut attribute_mapping),
                "entity_id" => __map.fill(&mut entity_id),
                "id" => __map.set(&mut id),
                "metadata_url" => __map.set(&mut metadata_url),
                "metadata_xml" => __map.set(&mut metadata_xml),
                "name_id_format" => __map.set(&mut name_id_format),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(CreateProviderResponseSaml {
            attribute_mapping,
            entity_id: crate::runtime::required(entity_id, "entity_id")?,
            id,
            metadata_url,
            metadata_xml,
            name_id_format,
        })
    }
}
crate::runtime::object_serde!(CreateProviderResponseSaml);

/// `CreateProviderResponseSamlAttributeMapping`
///
/// Schema: `#/components/schemas/CreateProviderResponse/properties/saml/properties/attribute_mapping`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateProviderResponseSamlAttributeMapping {
    /// `keys`
    pub keys: Option<
        std::collections::BTreeMap<
            String,
            CreateProviderResponseSamlAttributeMappingKeysValue,
        >,
    >,
}

impl crate::runtime::ToFields for CreateProviderResponseSamlAttributeMapping {
    const NAME: &'static str = "CreateProviderResponseSamlAttributeMapping";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.optional("keys", &self.keys)
    }
}

impl crate::runtime::FromFields for CreateProviderResponseSamlAttributeMapping {
    const EXPECTING: &'static str = "struct CreateProviderResponseSamlAttributeMapping";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut keys: Option<
            std::collections::BTreeMap<
                String,
                CreateProviderResponseSamlAttributeMappingKeysValue,
            >,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "keys" => __map.set(&mut keys),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(CreateProviderResponseSamlAttributeMapping {
            keys,
        })
    }
}
crate::runtime::object_serde!(CreateProviderResponseSamlAttributeMapping);

/// `CreateProviderResponseSamlAttributeMappingKeysValue`
///
/// Schema: `#/components/schemas/CreateProviderResponse/properties/saml/properties/attribute_mapping/properties/keys/additionalProperties`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateProviderResponseSamlAttributeMappingKeysValue {
    /// `array`
    pub array: Option<bool>,
    /// `default`
    pub default: Option<CreateProviderResponseSamlAttributeMappingKeysValueDefault>,
    /// `name`
    pub name: Option<String>,
    /// `names`
    pub names: Option<Vec<String>>,
}

impl crate::runtime::ToFields for CreateProviderResponseSamlAttributeMappingKeysValue {
    const NAME: &'static str = "CreateProviderResponseSamlAttributeMappingKeysValue";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("array", &self.array)
            .optional("default", &self.default)
            .optional("name", &self.name)
            .optional("names", &self.names)
    }
}

impl crate::runtime::FromFields for CreateProviderResponseSamlAttributeMappingKeysValue {
    const EXPECTING: &'static str = "struct CreateProviderResponseSamlAttributeMappingKeysValue";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut array: Option<bool> = None;
        let mut default: Option<
            CreateProviderResponseSamlAttributeMappingKeysValueDefault,
        > = None;
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
        Ok(CreateProviderResponseSamlAttributeMappingKeysValue {
            array,
            default,
            name,
            names,
        })
    }
}
crate::runtime::object_serde!(CreateProviderResponseSamlAttributeMappingKeysValue);

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
