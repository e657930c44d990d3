//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/VanitySubdomainConfigResponse`.

use serde::{Deserialize, Serialize};

/// `VanitySubdomainConfigResponse`
///
/// Schema: `#/components/schemas/VanitySubdomainConfigResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VanitySubdomainConfigResponse {
    /// `custom_domain`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_domain: Option<String>,
    /// `status`
    pub status: VanitySubdomainConfigResponseStatus,
}

impl<'de> Deserialize<'de> for VanitySubdomainConfigResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for VanitySubdomainConfigResponse {
    const EXPECTING: &'static str = "struct VanitySubdomainConfigResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<String>> = None;
        let mut field_1: Option<VanitySubdomainConfigResponseStatus> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "custom_domain" => map.fill(&mut field_0),
                "status" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(VanitySubdomainConfigResponse {
            custom_domain: Option::flatten(field_0),
            status: crate::runtime::required(field_1, "status")?,
        })
    }
}

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
