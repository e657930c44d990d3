//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateProviderBody`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `UpdateProviderBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct UpdateProviderBody {
        pub attribute_mapping: Option<UpdateProviderBodyAttributeMapping>,
        pub domains: Option<Vec<String>>,
        pub metadata_url: Option<String>,
        pub metadata_xml: Option<String>,
        pub name_id_format: Option<UpdateProviderBodyNameIdFormat>,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateProviderBody.attribute_mapping`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateProviderBodyAttributeMapping {
        #[wire(required)]
        pub keys: std::collections::BTreeMap<
            String,
            UpdateProviderBodyAttributeMappingKeysValue,
        >,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateProviderBody.attribute_mapping.keys{}`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct UpdateProviderBodyAttributeMappingKeysValue {
        pub array: Option<bool>,
        pub default: Option<UpdateProviderBodyAttributeMappingKeysValueDefault>,
        pub name: Option<String>,
        pub names: Option<Vec<String>>,
    }
}

/// Schema: `UpdateProviderBody.attribute_mapping.keys{}.default`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum UpdateProviderBodyAttributeMappingKeysValueDefault {
    Object(std::collections::BTreeMap<String, serde_json::Value>),
    Number(f64),
    Boolean(bool),
    String(String),
}

impl crate::runtime::Field for UpdateProviderBodyAttributeMappingKeysValueDefault {}
crate::runtime::open_enum! {
    /// Schema: `UpdateProviderBody.name_id_format`
    #[allow(missing_docs)]
    pub enum UpdateProviderBodyNameIdFormat {
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
