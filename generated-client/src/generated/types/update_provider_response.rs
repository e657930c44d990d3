//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateProviderResponse`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `UpdateProviderResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateProviderResponse {
        pub created_at: Option<String>,
        pub domains: Option<Vec<UpdateProviderResponseDomainsItem>>,
        #[wire(required)]
        pub id: String,
        pub saml: Option<UpdateProviderResponseSaml>,
        pub updated_at: Option<String>,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateProviderResponse.domains[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateProviderResponseDomainsItem {
        pub created_at: Option<String>,
        pub domain: Option<String>,
        #[wire(required)]
        pub id: String,
        pub updated_at: Option<String>,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateProviderResponse.saml`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateProviderResponseSaml {
        pub attribute_mapping: Option<UpdateProviderResponseSamlAttributeMapping>,
        #[wire(required)]
        pub entity_id: String,
        #[wire(required)]
        pub id: String,
        pub metadata_url: Option<String>,
        pub metadata_xml: Option<String>,
        pub name_id_format: Option<UpdateProviderResponseSamlNameIdFormat>,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateProviderResponse.saml.attribute_mapping`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateProviderResponseSamlAttributeMapping {
        #[wire(required)]
        pub keys: std::collections::BTreeMap<
            String,
            UpdateProviderResponseSamlAttributeMappingKeysValue,
        >,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateProviderResponse.saml.attribute_mapping.keys{}`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct UpdateProviderResponseSamlAttributeMappingKeysValue {
        pub array: Option<bool>,
        pub default: Option<UpdateProviderResponseSamlAttributeMappingKeysValueDefault>,
        pub name: Option<String>,
        pub names: Option<Vec<String>>,
    }
}

/// Schema: `UpdateProviderResponse.saml.attribute_mapping.keys{}.default`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum UpdateProviderResponseSamlAttributeMappingKeysValueDefault {
    Object(std::collections::BTreeMap<String, serde_json::Value>),
    Number(f64),
    Boolean(bool),
    String(String),
}

impl crate::runtime::Field
for UpdateProviderResponseSamlAttributeMappingKeysValueDefault {}
crate::runtime::open_enum! {
    /// Schema: `UpdateProviderResponse.saml.name_id_format`
    #[allow(missing_docs)]
    pub enum UpdateProviderResponseSamlNameIdFormat {
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
