//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ListProvidersResponse`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `ListProvidersResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListProvidersResponse {
        #[wire(required)]
        pub items: Vec<ListProvidersResponseItemsItem>,
    }
}

crate::runtime::object! {
    /// Schema: `ListProvidersResponse.items[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListProvidersResponseItemsItem {
        pub created_at: Option<String>,
        pub domains: Option<Vec<ListProvidersResponseItemsItemDomainsItem>>,
        #[wire(required)]
        pub id: String,
        pub saml: Option<ListProvidersResponseItemsItemSaml>,
        pub updated_at: Option<String>,
    }
}

crate::runtime::object! {
    /// Schema: `ListProvidersResponse.items[].domains[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListProvidersResponseItemsItemDomainsItem {
        pub created_at: Option<String>,
        pub domain: Option<String>,
        #[wire(required)]
        pub id: String,
        pub updated_at: Option<String>,
    }
}

crate::runtime::object! {
    /// Schema: `ListProvidersResponse.items[].saml`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListProvidersResponseItemsItemSaml {
        pub attribute_mapping: Option<ListProvidersResponseItemsItemSamlAttributeMapping>,
        #[wire(required)]
        pub entity_id: String,
        #[wire(required)]
        pub id: String,
        pub metadata_url: Option<String>,
        pub metadata_xml: Option<String>,
        pub name_id_format: Option<ListProvidersResponseItemsItemSamlNameIdFormat>,
    }
}

crate::runtime::object! {
    /// Schema: `ListProvidersResponse.items[].saml.attribute_mapping`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListProvidersResponseItemsItemSamlAttributeMapping {
        #[wire(required)]
        pub keys: std::collections::BTreeMap<
            String,
            ListProvidersResponseItemsItemSamlAttributeMappingKeysValue,
        >,
    }
}

crate::runtime::object! {
    /// Schema: `ListProvidersResponse.items[].saml.attribute_mapping.keys{}`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct ListProvidersResponseItemsItemSamlAttributeMappingKeysValue {
        pub array: Option<bool>,
        pub default: Option<
            ListProvidersResponseItemsItemSamlAttributeMappingKeysValueDefault,
        >,
        pub name: Option<String>,
        pub names: Option<Vec<String>>,
    }
}

/// Schema: `ListProvidersResponse.items[].saml.attribute_mapping.keys{}.default`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ListProvidersResponseItemsItemSamlAttributeMappingKeysValueDefault {
    Object(std::collections::BTreeMap<String, serde_json::Value>),
    Number(f64),
    Boolean(bool),
    String(String),
}

impl crate::runtime::Field
for ListProvidersResponseItemsItemSamlAttributeMappingKeysValueDefault {}
crate::runtime::open_enum! {
    /// Schema: `ListProvidersResponse.items[].saml.name_id_format`
    #[allow(missing_docs)]
    pub enum ListProvidersResponseItemsItemSamlNameIdFormat {
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
