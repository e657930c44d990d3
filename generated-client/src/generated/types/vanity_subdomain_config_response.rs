//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/VanitySubdomainConfigResponse`.

use serde::{Deserialize, Serialize};

/// `VanitySubdomainConfigResponse`
///
/// Schema: `#/components/schemas/VanitySubdomainConfigResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct VanitySubdomainConfigResponse {
    /// `custom_domain`
    pub custom_domain: Option<String>,
    /// `status`
    pub status: VanitySubdomainConfigResponseStatus,
}

impl crate::runtime::ToFields for VanitySubdomainConfigResponse {
    const NAME: &'static str = "VanitySubdomainConfigResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("custom_domain", &self.custom_domain)
            .field("status", &self.status)
    }
}

impl crate::runtime::FromFields for VanitySubdomainConfigResponse {
    const EXPECTING: &'static str = "struct VanitySubdomainConfigResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut custom_domain: Option<String> = None;
        let mut status: Option<VanitySubdomainConfigResponseStatus> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "custom_domain" => __map.set(&mut custom_domain),
                "status" => __map.fill(&mut status),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(VanitySubdomainConfigResponse {
            custom_domain,
            status: crate::runtime::required(status, "status")?,
        })
    }
}
crate::runtime::object_serde!(VanitySubdomainConfigResponse);

/// `VanitySubdomainConfigResponseStatus`
///
/// Schema: `#/components/schemas/VanitySubdomainConfigResponse/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VanitySubdomainConfigResponseStatus {
    /// `not-used`
    NotUsed,
    /// `custom-domain-used`
    CustomDomainUsed,
    /// `active`
    Active,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl VanitySubdomainConfigResponseStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotUsed => "not-used",
            Self::CustomDomainUsed => "custom-domain-used",
            Self::Active => "active",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for VanitySubdomainConfigResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "not-used" => Self::NotUsed,
            "custom-domain-used" => Self::CustomDomainUsed,
            "active" => Self::Active,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for VanitySubdomainConfigResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for VanitySubdomainConfigResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for VanitySubdomainConfigResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
