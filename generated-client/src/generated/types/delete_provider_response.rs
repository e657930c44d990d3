//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DeleteProviderResponse`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `DeleteProviderResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DeleteProviderResponse {
        pub created_at: Option<String>,
        pub domains: Option<Vec<DeleteProviderResponseDomainsItem>>,
        #[wire(required)]
        pub id: String,
        pub saml: Option<DeleteProviderResponseSaml>,
        pub updated_at: Option<String>,
    }
}

crate::runtime::object! {
    /// Schema: `DeleteProviderResponse.domains[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DeleteProviderResponseDomainsItem {
        pub created_at: Option<String>,
        pub domain: Option<String>,
        #[wire(required)]
        pub id: String,
        pub updated_at: Option<String>,
    }
}

crate::runtime::object! {
    /// Schema: `DeleteProviderResponse.saml`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DeleteProviderResponseSaml {
        pub attribute_mapping: Option<DeleteProviderResponseSamlAttributeMapping>,
        #[wire(required)]
        pub entity_id: String,
        #[wire(required)]
        pub id: String,
        pub metadata_url: Option<String>,
        pub metadata_xml: Option<String>,
        pub name_id_format: Option<DeleteProviderResponseSamlNameIdFormat>,
    }
}

crate::runtime::object! {
    /// Schema: `DeleteProviderResponse.saml.attribute_mapping`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DeleteProviderResponseSamlAttributeMapping {
        #[wire(required)]
        pub keys: std::collections::BTreeMap<
            String,
            DeleteProviderResponseSamlAttributeMappingKeysValue,
        >,
    }
}

crate::runtime::object! {
    /// Schema: `DeleteProviderResponse.saml.attribute_mapping.keys{}`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct DeleteProviderResponseSamlAttributeMappingKeysValue {
        pub array: Option<bool>,
        pub default: Option<DeleteProviderResponseSamlAttributeMappingKeysValueDefault>,
        pub name: Option<String>,
        pub names: Option<Vec<String>>,
    }
}

/// Schema: `DeleteProviderResponse.saml.attribute_mapping.keys{}.default`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum DeleteProviderResponseSamlAttributeMappingKeysValueDefault {
    Object(std::collections::BTreeMap<String, serde_json::Value>),
    Number(f64),
    Boolean(bool),
    String(String),
}

impl crate::runtime::Field
for DeleteProviderResponseSamlAttributeMappingKeysValueDefault {}
crate::runtime::open_enum! {
    /// Schema: `DeleteProviderResponse.saml.name_id_format`
    #[allow(missing_docs)]
    pub enum DeleteProviderResponseSamlNameIdFormat {
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
