//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateProviderResponse`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `CreateProviderResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateProviderResponse {
        pub created_at: Option<String>,
        pub domains: Option<Vec<CreateProviderResponseDomainsItem>>,
        #[wire(required)]
        pub id: String,
        pub saml: Option<CreateProviderResponseSaml>,
        pub updated_at: Option<String>,
    }
}

crate::runtime::object! {
    /// Schema: `CreateProviderResponse.domains[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct CreateProviderResponseDomainsItem {
        pub created_at: Option<String>,
        pub domain: Option<String>,
        pub id: Option<String>,
        pub updated_at: Option<String>,
    }
}

crate::runtime::object! {
    /// Schema: `CreateProviderResponse.saml`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateProviderResponseSaml {
        pub attribute_mapping: Option<CreateProviderResponseSamlAttributeMapping>,
        #[wire(required)]
        pub entity_id: String,
        pub id: Option<String>,
        pub metadata_url: Option<String>,
        pub metadata_xml: Option<String>,
        pub name_id_format: Option<CreateProviderResponseSamlNameIdFormat>,
    }
}

crate::runtime::object! {
    /// Schema: `CreateProviderResponse.saml.attribute_mapping`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct CreateProviderResponseSamlAttributeMapping {
        pub keys: Option<
            std::collections::BTreeMap<
                String,
                CreateProviderResponseSamlAttributeMappingKeysValue,
            >,
        >,
    }
}

crate::runtime::object! {
    /// Schema: `CreateProviderResponse.saml.attribute_mapping.keys{}`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct CreateProviderResponseSamlAttributeMappingKeysValue {
        pub array: Option<bool>,
        pub default: Option<CreateProviderResponseSamlAttributeMappingKeysValueDefault>,
        pub name: Option<String>,
        pub names: Option<Vec<String>>,
    }
}

/// Schema: `CreateProviderResponse.saml.attribute_mapping.keys{}.default`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum CreateProviderResponseSamlAttributeMappingKeysValueDefault {
    Object(std::collections::BTreeMap<String, serde_json::Value>),
    Number(f64),
    Boolean(bool),
    String(String),
}

impl crate::runtime::Field
for CreateProviderResponseSamlAttributeMappingKeysValueDefault {}
crate::runtime::open_enum! {
    /// Schema: `CreateProviderResponse.saml.name_id_format`
    #[allow(missing_docs)]
    pub enum CreateProviderResponseSamlNameIdFormat {
        UrnOasisNamesTcSaml11NameidFormatUnspecified =
            "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
        UrnOasisNamesTcSaml20NameidFormatTransient =
            "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
        UrnOasisNamesTcSaml11NameidFormatEmailAddress =
            "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
        UrnOasisNamesTcSaml20NameidFormatPersistent =
            "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
    }
}
