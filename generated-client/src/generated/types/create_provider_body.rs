//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateProviderBody`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `CreateProviderBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateProviderBody {
        pub attribute_mapping: Option<CreateProviderBodyAttributeMapping>,
        pub domains: Option<Vec<String>>,
        pub metadata_url: Option<String>,
        pub metadata_xml: Option<String>,
        pub name_id_format: Option<CreateProviderBodyNameIdFormat>,
        /// What type of provider will be created
        #[wire("type", required)]
        pub type_: CreateProviderBodyType,
    }
}

crate::runtime::object! {
    /// Schema: `CreateProviderBody.attribute_mapping`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateProviderBodyAttributeMapping {
        #[wire(required)]
        pub keys: std::collections::BTreeMap<
            String,
            CreateProviderBodyAttributeMappingKeysValue,
        >,
    }
}

crate::runtime::object! {
    /// Schema: `CreateProviderBody.attribute_mapping.keys{}`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct CreateProviderBodyAttributeMappingKeysValue {
        pub array: Option<bool>,
        pub default: Option<CreateProviderBodyAttributeMappingKeysValueDefault>,
        pub name: Option<String>,
        pub names: Option<Vec<String>>,
    }
}

/// Schema: `CreateProviderBody.attribute_mapping.keys{}.default`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum CreateProviderBodyAttributeMappingKeysValueDefault {
    Object(std::collections::BTreeMap<String, serde_json::Value>),
    Number(f64),
    Boolean(bool),
    String(String),
}

impl crate::runtime::Field for CreateProviderBodyAttributeMappingKeysValueDefault {}
crate::runtime::open_enum! {
    /// Schema: `CreateProviderBody.name_id_format`
    #[allow(missing_docs)]
    pub enum CreateProviderBodyNameIdFormat {
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

crate::runtime::open_enum! {
    /// What type of provider will be created
    ///
    /// Schema: `CreateProviderBody.type`
    #[allow(missing_docs)]
    pub enum CreateProviderBodyType {
        Saml = "saml",
    }
}
