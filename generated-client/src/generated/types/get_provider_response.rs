//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/GetProviderResponse`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `GetProviderResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct GetProviderResponse {
        pub created_at: Option<String>,
        pub domains: Option<Vec<GetProviderResponseDomainsItem>>,
        #[wire(required)]
        pub id: String,
        pub saml: Option<GetProviderResponseSaml>,
        pub updated_at: Option<String>,
    }
}

crate::runtime::object! {
    /// Schema: `GetProviderResponse.domains[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct GetProviderResponseDomainsItem {
        pub created_at: Option<String>,
        pub domain: Option<String>,
        #[wire(required)]
        pub id: String,
        pub updated_at: Option<String>,
    }
}

crate::runtime::object! {
    /// Schema: `GetProviderResponse.saml`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct GetProviderResponseSaml {
        pub attribute_mapping: Option<GetProviderResponseSamlAttributeMapping>,
        #[wire(required)]
        pub entity_id: String,
        #[wire(required)]
        pub id: String,
        pub metadata_url: Option<String>,
        pub metadata_xml: Option<String>,
        pub name_id_format: Option<GetProviderResponseSamlNameIdFormat>,
    }
}

crate::runtime::object! {
    /// Schema: `GetProviderResponse.saml.attribute_mapping`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct GetProviderResponseSamlAttributeMapping {
        #[wire(required)]
        pub keys: std::collections::BTreeMap<
            String,
            GetProviderResponseSamlAttributeMappingKeysValue,
        >,
    }
}

crate::runtime::object! {
    /// Schema: `GetProviderResponse.saml.attribute_mapping.keys{}`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct GetProviderResponseSamlAttributeMappingKeysValue {
        pub array: Option<bool>,
        pub default: Option<GetProviderResponseSamlAttributeMappingKeysValueDefault>,
        pub name: Option<String>,
        pub names: Option<Vec<String>>,
    }
}

/// Schema: `GetProviderResponse.saml.attribute_mapping.keys{}.default`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum GetProviderResponseSamlAttributeMappingKeysValueDefault {
    Object(std::collections::BTreeMap<String, serde_json::Value>),
    Number(f64),
    Boolean(bool),
    String(String),
}

impl crate::runtime::Field for GetProviderResponseSamlAttributeMappingKeysValueDefault {}
crate::runtime::open_enum! {
    /// Schema: `GetProviderResponse.saml.name_id_format`
    #[allow(missing_docs)]
    pub enum GetProviderResponseSamlNameIdFormat {
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
