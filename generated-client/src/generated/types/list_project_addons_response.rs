//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ListProjectAddonsResponse`.

use serde::{Deserialize, Serialize};

/// `ListProjectAddonsResponse`
///
/// Schema: `#/components/schemas/ListProjectAddonsResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct ListProjectAddonsResponse {
    /// `available_addons`
    pub available_addons: Vec<ListProjectAddonsResponseAvailableAddonsItem>,
    /// `selected_addons`
    pub selected_addons: Vec<ListProjectAddonsResponseSelectedAddonsItem>,
}

impl crate::runtime::ToFields for ListProjectAddonsResponse {
    const NAME: &'static str = "ListProjectAddonsResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("available_addons", &self.available_addons)
            .field("selected_addons", &self.selected_addons)
    }
}

impl crate::runtime::FromFields for ListProjectAddonsResponse {
    const EXPECTING: &'static str = "struct ListProjectAddonsResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut available_addons: Option<
            Vec<ListProjectAddonsResponseAvailableAddonsItem>,
        > = None;
        let mut selected_addons: Option<
            Vec<ListProjectAddonsResponseSelectedAddonsItem>,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "available_addons" => __map.fill(&mut available_addons),
                "selected_addons" => __map.fill(&mut selected_addons),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ListProjectAddonsResponse {
            available_addons: crate::runtime::required(
                available_addons,
                "available_addons",
            )?,
            selected_addons: crate::runtime::required(
                selected_addons,
                "selected_addons",
            )?,
        })
    }
}
crate::runtime::object_serde!(ListProjectAddonsResponse);

/// `ListProjectAddonsResponseAvailableAddonsItem`
///
/// Schema: `#/components/schemas/ListProjectAddonsResponse/properties/available_addons/items`
#[derive(Debug, Clone, PartialEq)]
pub struct ListProjectAddonsResponseAvailableAddonsItem {
    /// `name`
    pub name: String,
    /// `type`
    pub type_: ListProjectAddonsResponseAvailableAddonsItemType,
    /// `variants`
    pub variants: Vec<ListProjectAddonsResponseAvailableAddonsItemVariantsItem>,
}

impl crate::runtime::ToFields for ListProjectAddonsResponseAvailableAddonsItem {
    const NAME: &'static str = "ListProjectAddonsResponseAvailableAddonsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("name", &self.name)
            .field("type", &self.type_)
            .field("variants", &self.variants)
    }
}

impl crate::runtime::FromFields for ListProjectAddonsResponseAvailableAddonsItem {
    const EXPECTING: &'static str = "struct ListProjectAddonsResponseAvailableAddonsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut name: Option<String> = None;
        let mut type_: Option<ListProjectAddonsResponseAvailableAddonsItemType> = None;
        let mut variants: Option<
            Vec<ListProjectAddonsResponseAvailableAddonsItemVariantsItem>,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "name" => __map.fill(&mut name),
                "type" => __map.fill(&mut type_),
                "variants" => __map.fill(&mut variants),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ListProjectAddonsResponseAvailableAddonsItem {
            name: crate::runtime::required(name, "name")?,
            type_: crate::runtime::required(type_, "type")?,
            variants: crate::runtime::required(variants, "variants")?,
        })
    }
}
crate::runtime::object_serde!(ListProjectAddonsResponseAvailableAddonsItem);

/// `ListProjectAddonsResponseAvailableAddonsItemType`
///
/// Schema: `#/components/schemas/ListProjectAddonsResponse/properties/available_addons/items/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListProjectAddonsResponseAvailableAddonsItemType {
    /// `custom_domain`
    CustomDomain,
    /// `compute_instance`
    ComputeInstance,
    /// `pitr`
    Pitr,
    /// `ipv4`
    Ipv4,
    /// `auth_mfa_phone`
    AuthMfaPhone,
    /// `auth_mfa_web_authn`
    AuthMfaWebAuthn,
    /// `log_drain`
    LogDrain,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ListProjectAddonsResponseAvailableAddonsItemType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomDomain => "custom_domain",
            Self::ComputeInstance => "compute_instance",
            Self::Pitr => "pitr",
            Self::Ipv4 => "ipv4",
            Self::AuthMfaPhone => "auth_mfa_phone",
            Self::AuthMfaWebAuthn => "auth_mfa_web_authn",
            Self::LogDrain => "log_drain",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListProjectAddonsResponseAvailableAddonsItemType {
    fn from(value: &str) -> Self {
        match value {
            "custom_domain" => Self::CustomDomain,
            "compute_instance" => Self::ComputeInstance,
            "pitr" => Self::Pitr,
            "ipv4" => Self::Ipv4,
            "auth_mfa_phone" => Self::AuthMfaPhone,
            "auth_mfa_web_authn" => Self::AuthMfaWebAuthn,
            "log_drain" => Self::LogDrain,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for ListProjectAddonsResponseAvailableAddonsItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListProjectAddonsResponseAvailableAddonsItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ListProjectAddonsResponseAvailableAddonsItemType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `ListProjectAddonsResponseAvailableAddonsItemVariantsItem`
///
/// Schema: `#/components/schemas/ListProjectAddonsResponse/properties/available_addons/items/properties/variants/items`
#[derive(Debug, Clone, PartialEq)]
pub struct ListProjectAddonsResponseAvailableAddonsItemVariantsItem {
    /// `id`
    pub id: ListProjectAddonsResponseAvailableAddonsItemVariantsItemId,
    /// Any JSON-serializable value
    pub meta: Option<serde_json::Value>,
    /// `name`
    pub name: String,
    /// `price`
    pub price: ListProjectAddonsResponseAvailableAddonsItemVariantsItemPrice,
}

impl crate::runtime::ToFields
for ListProjectAddonsResponseAvailableAddonsItemVariantsItem {
    const NAME: &'static str = "ListProjectAddonsResponseAvailableAddonsItemVariantsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("id", &self.id)
            .optional("meta", &self.meta)
            .field("name", &self.name)
            .field("price", &self.price)
    }
}

impl crate::runtime::FromFields
for ListProjectAddonsResponseAvailableAddonsItemVariantsItem {
    const EXPECTING: &'static str = "struct ListProjectAddonsResponseAvailableAddonsItemVariantsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut id: Option<ListProjectAddonsResponseAvailableAddonsItemVariantsItemId> = None;
        let mut meta: Option<serde_json::Value> = None;
        let mut name: Option<String> = None;
        let mut price: Option<
            ListProjectAddonsResponseAvailableAddonsItemVariantsItemPrice,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "id" => __map.fill(&mut id),
                "meta" => __map.set(&mut meta),
                "name" => __map.fill(&mut name),
                "price" => __map.fill(&mut price),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ListProjectAddonsResponseAvailableAddonsItemVariantsItem {
            id: crate::runtime::required(id, "id")?,
            meta,
            name: crate::runtime::required(name, "name")?,
            price: crate::runtime::required(price, "price")?,
        })
    }
}
crate::runtime::object_serde!(ListProjectAddonsResponseAvailableAddonsItemVariantsItem);

/// `ListProjectAddonsResponseAvailableAddonsItemVariantsItemId`
///
/// Schema: `#/components/schemas/ListProjectAddonsResponse/properties/available_addons/items/properties/variants/items/properties/id`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListProjectAddonsResponseAvailableAddonsItemVariantsItemId {
    /// `ci_micro`
    CiMicro,
    /// `ci_small`
    CiSmall,
    /// `ci_medium`
    CiMedium,
    /// `ci_large`
    CiLarge,
    /// `ci_xlarge`
    CiXlarge,
    /// `ci_2xlarge`
    Ci2xlarge,
    /// `ci_4xlarge`
    Ci4xlarge,
    /// `ci_8xlarge`
    Ci8xlarge,
    /// `ci_12xlarge`
    Ci12xlarge,
    /// `ci_16xlarge`
    Ci16xlarge,
    /// `ci_24xlarge`
    Ci24xlarge,
    /// `ci_24xlarge_optimized_cpu`
    Ci24xlargeOptimizedCpu,
    /// `ci_24xlarge_optimized_memory`
    Ci24xlargeOptimizedMemory,
    /// `ci_24xlarge_high_memory`
    Ci24xlargeHighMemory,
    /// `ci_48xlarge`
    Ci48xlarge,
    /// `ci_48xlarge_optimized_cpu`
    Ci48xlargeOptimizedCpu,
    /// `ci_48xlarge_optimized_memory`
    Ci48xlargeOptimizedMemory,
    /// `ci_48xlarge_high_memory`
    Ci48xlargeHighMemory,
    /// `cd_default`
    CdDefault,
    /// `pitr_7`
    Pitr7,
    /// `pitr_14`
    Pitr14,
    /// `pitr_28`
    Pitr28,
    /// `ipv4_default`
    Ipv4Default,
    /// `auth_mfa_phone_default`
    AuthMfaPhoneDefault,
    /// `auth_mfa_web_authn_default`
    AuthMfaWebAuthnDefault,
    /// `log_drain_default`
    LogDrainDefault,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ListProjectAddonsResponseAvailableAddonsItemVariantsItemId {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CiMicro => "ci_micro",
            Self::CiSmall => "ci_small",
            Self::CiMedium => "ci_medium",
            Self::CiLarge => "ci_large",
            Self::CiXlarge => "ci_xlarge",
            Self::Ci2xlarge => "ci_2xlarge",
            Self::Ci4xlarge => "ci_4xlarge",
            Self::Ci8xlarge => "ci_8xlarge",
            Self::Ci12xlarge => "ci_12xlarge",
            Self::Ci16xlarge => "ci_16xlarge",
            Self::Ci24xlarge => "ci_24xlarge",
            Self::Ci24xlargeOptimizedCpu => "ci_24xlarge_optimized_cpu",
            Self::Ci24xlargeOptimizedMemory => "ci_24xlarge_optimized_memory",
            Self::Ci24xlargeHighMemory => "ci_24xlarge_high_memory",
            Self::Ci48xlarge => "ci_48xlarge",
            Self::Ci48xlargeOptimizedCpu => "ci_48xlarge_optimized_cpu",
            Self::Ci48xlargeOptimizedMemory => "ci_48xlarge_optimized_memory",
            Self::Ci48xlargeHighMemory => "ci_48xlarge_high_memory",
            Self::CdDefault => "cd_default",
            Self::Pitr7 => "pitr_7",
            Self::Pitr14 => "pitr_14",
            Self::Pitr28 => "pitr_28",
            Self::Ipv4Default => "ipv4_default",
            Self::AuthMfaPhoneDefault => "auth_mfa_phone_default",
            Self::AuthMfaWebAuthnDefault => "auth_mfa_web_authn_default",
            Self::LogDrainDefault => "log_drain_default",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListProjectAddonsResponseAvailableAddonsItemVariantsItemId {
    fn from(value: &str) -> Self {
        match value {
            "ci_micro" => Self::CiMicro,
            "ci_small" => Self::CiSmall,
            "ci_medium" => Self::CiMedium,
            "ci_large" => Self::CiLarge,
            "ci_xlarge" => Self::CiXlarge,
            "ci_2xlarge" => Self::Ci2xlarge,
            "ci_4xlarge" => Self::Ci4xlarge,
            "ci_8xlarge" => Self::Ci8xlarge,
            "ci_12xlarge" => Self::Ci12xlarge,
            "ci_16xlarge" => Self::Ci16xlarge,
            "ci_24xlarge" => Self::Ci24xlarge,
            "ci_24xlarge_optimized_cpu" => Self::Ci24xlargeOptimizedCpu,
            "ci_24xlarge_optimized_memory" => Self::Ci24xlargeOptimizedMemory,
            "ci_24xlarge_high_memory" => Self::Ci24xlargeHighMemory,
            "ci_48xlarge" => Self::Ci48xlarge,
            "ci_48xlarge_optimized_cpu" => Self::Ci48xlargeOptimizedCpu,
            "ci_48xlarge_optimized_memory" => Self::Ci48xlargeOptimizedMemory,
            "ci_48xlarge_high_memory" => Self::Ci48xlargeHighMemory,
            "cd_default" => Self::CdDefault,
            "pitr_7" => Self::Pitr7,
            "pitr_14" => Self::Pitr14,
            "pitr_28" => Self::Pitr28,
            "ipv4_default" => Self::Ipv4Default,
            "auth_mfa_phone_default" => Self::AuthMfaPhoneDefault,
            "auth_mfa_web_authn_default" => Self::AuthMfaWebAuthnDefault,
            "log_drain_default" => Self::LogDrainDefault,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for ListProjectAddonsResponseAvailableAddonsItemVariantsItemId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListProjectAddonsResponseAvailableAddonsItemVariantsItemId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for ListProjectAddonsResponseAvailableAddonsItemVariantsItemId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `ListProjectAddonsResponseAvailableAddonsItemVariantsItemPrice`
///
/// Schema: `#/components/schemas/ListProjectAddonsResponse/properties/available_addons/items/properties/variants/items/properties/price`
#[derive(Debug, Clone, PartialEq)]
pub struct ListProjectAddonsResponseAvailableAddonsItemVariantsItemPrice {
    /// `amount`
    pub amount: f64,
    /// `description`
    pub description: String,
    /// `interval`
    pub interval: ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceInterval,
    /// `type`
    pub type_: ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceType,
}

impl crate::runtime::ToFields
for ListProjectAddonsResponseAvailableAddonsItemVariantsItemPrice {
    const NAME: &'static str = "ListProjectAddonsResponseAvailableAddonsItemVariantsItemPrice";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("amount", &self.amount)
            .field("description", &self.description)
            .field("interval", &self.interval)
            .field("type", &self.type_)
    }
}

impl crate::runtime::FromFields
for ListProjectAddonsResponseAvailableAddonsItemVariantsItemPrice {
    const EXPECTING: &'static str = "struct ListProjectAddonsResponseAvailableAddonsItemVariantsItemPrice";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut amount: Option<f64> = None;
        let mut description: Option<String> = None;
        let mut interval: Option<
            ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceInterval,
        > = None;
        let mut type_: Option<
            ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceType,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "amount" => __map.fill(&mut amount),
                "description" => __map.fill(&mut description),
                "interval" => __map.fill(&mut interval),
                "type" => __map.fill(&mut type_),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ListProjectAddonsResponseAvailableAddonsItemVariantsItemPrice {
            amount: crate::runtime::required(amount, "amount")?,
            description: crate::runtime::required(description, "description")?,
            interval: crate::runtime::required(interval, "interval")?,
            type_: crate::runtime::required(type_, "type")?,
        })
    }
}
crate::runtime::object_serde!(
    ListProjectAddonsResponseAvailableAddonsItemVariantsItemPrice
);

/// `ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceInterval`
///
/// Schema: `#/components/schemas/ListProjectAddonsResponse/properties/available_addons/items/properties/variants/items/properties/price/properties/interval`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceInterval {
    /// `monthly`
    Monthly,
    /// `hourly`
    Hourly,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceInterval {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Monthly => "monthly",
            Self::Hourly => "hourly",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str>
for ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceInterval {
    fn from(value: &str) -> Self {
        match value {
            "monthly" => Self::Monthly,
            "hourly" => Self::Hourly,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display
for ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceInterval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize
for ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceInterval {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceInterval {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceType`
///
/// Schema: `#/components/schemas/ListProjectAddonsResponse/properties/available_addons/items/properties/variants/items/properties/price/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceType {
    /// `fixed`
    Fixed,
    /// `usage`
    Usage,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fixed => "fixed",
            Self::Usage => "usage",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceType {
    fn from(value: &str) -> Self {
        match value {
            "fixed" => Self::Fixed,
            "usage" => Self::Usage,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display
for ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `ListProjectAddonsResponseSelectedAddonsItem`
///
/// Schema: `#/components/schemas/ListProjectAddonsResponse/properties/selected_addons/items`
#[derive(Debug, Clone, PartialEq)]
pub struct ListProjectAddonsResponseSelectedAddonsItem {
    /// `type`
    pub type_: ListProjectAddonsResponseSelectedAddonsItemType,
    /// `variant`
    pub variant: ListProjectAddonsResponseSelectedAddonsItemVariant,
}

impl crate::runtime::ToFields for ListProjectAddonsResponseSelectedAddonsItem {
    const NAME: &'static str = "ListProjectAddonsResponseSelectedAddonsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("type", &self.type_).field("variant", &self.variant)
    }
}

impl crate::runtime::FromFields for ListProjectAddonsResponseSelectedAddonsItem {
    const EXPECTING: &'static str = "struct ListProjectAddonsResponseSelectedAddonsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut type_: Option<ListProjectAddonsResponseSelectedAddonsItemType> = None;
        let mut variant: Option<ListProjectAddonsResponseSelectedAddonsItemVariant> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "type" => __map.fill(&mut type_),
                "variant" => __map.fill(&mut variant),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ListProjectAddonsResponseSelectedAddonsItem {
            type_: crate::runtime::required(type_, "type")?,
            variant: crate::runtime::required(variant, "variant")?,
        })
    }
}
crate::runtime::object_serde!(ListProjectAddonsResponseSelectedAddonsItem);

/// `ListProjectAddonsResponseSelectedAddonsItemType`
///
/// Schema: `#/components/schemas/ListProjectAddonsResponse/properties/selected_addons/items/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListProjectAddonsResponseSelectedAddonsItemType {
    /// `custom_domain`
    CustomDomain,
    /// `compute_instance`
    ComputeInstance,
    /// `pitr`
    Pitr,
    /// `ipv4`
    Ipv4,
    /// `auth_mfa_phone`
    AuthMfaPhone,
    /// `auth_mfa_web_authn`
    AuthMfaWebAuthn,
    /// `log_drain`
    LogDrain,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ListProjectAddonsResponseSelectedAddonsItemType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomDomain => "custom_domain",
            Self::ComputeInstance => "compute_instance",
            Self::Pitr => "pitr",
            Self::Ipv4 => "ipv4",
            Self::AuthMfaPhone => "auth_mfa_phone",
            Self::AuthMfaWebAuthn => "auth_mfa_web_authn",
            Self::LogDrain => "log_drain",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListProjectAddonsResponseSelectedAddonsItemType {
    fn from(value: &str) -> Self {
        match value {
            "custom_domain" => Self::CustomDomain,
            "compute_instance" => Self::ComputeInstance,
            "pitr" => Self::Pitr,
            "ipv4" => Self::Ipv4,
            "auth_mfa_phone" => Self::AuthMfaPhone,
            "auth_mfa_web_authn" => Self::AuthMfaWebAuthn,
            "log_drain" => Self::LogDrain,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for ListProjectAddonsResponseSelectedAddonsItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListProjectAddonsResponseSelectedAddonsItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ListProjectAddonsResponseSelectedAddonsItemType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `ListProjectAddonsResponseSelectedAddonsItemVariant`
///
/// Schema: `#/components/schemas/ListProjectAddonsResponse/properties/selected_addons/items/properties/variant`
#[derive(Debug, Clone, PartialEq)]
pub struct ListProjectAddonsResponseSelectedAddonsItemVariant {
    /// `id`
    pub id: ListProjectAddonsResponseSelectedAddonsItemVariantId,
    /// Any JSON-serializable value
    pub meta: Option<serde_json::Value>,
    /// `name`
    pub name: String,
    /// `price`
    pub price: ListProjectAddonsResponseSelectedAddonsItemVariantPrice,
}

impl crate::runtime::ToFields for ListProjectAddonsResponseSelectedAddonsItemVariant {
    const NAME: &'static str = "ListProjectAddonsResponseSelectedAddonsItemVariant";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("id", &self.id)
            .optional("meta", &self.meta)
            .field("name", &self.name)
            .field("price", &self.price)
    }
}

impl crate::runtime::FromFields for ListProjectAddonsResponseSelectedAddonsItemVariant {
    const EXPECTING: &'static str = "struct ListProjectAddonsResponseSelectedAddonsItemVariant";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut id: Option<ListProjectAddonsResponseSelectedAddonsItemVariantId> = None;
        let mut meta: Option<serde_json::Value> = None;
        let mut name: Option<String> = None;
        let mut price: Option<ListProjectAddonsResponseSelectedAddonsItemVariantPrice> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "id" => __map.fill(&mut id),
                "meta" => __map.set(&mut meta),
                "name" => __map.fill(&mut name),
                "price" => __map.fill(&mut price),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ListProjectAddonsResponseSelectedAddonsItemVariant {
            id: crate::runtime::required(id, "id")?,
            meta,
            name: crate::runtime::required(name, "name")?,
            price: crate::runtime::required(price, "price")?,
        })
    }
}
crate::runtime::object_serde!(ListProjectAddonsResponseSelectedAddonsItemVariant);

/// `ListProjectAddonsResponseSelectedAddonsItemVariantId`
///
/// Schema: `#/components/schemas/ListProjectAddonsResponse/properties/selected_addons/items/properties/variant/properties/id`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListProjectAddonsResponseSelectedAddonsItemVariantId {
    /// `ci_micro`
    CiMicro,
    /// `ci_small`
    CiSmall,
    /// `ci_medium`
    CiMedium,
    /// `ci_large`
    CiLarge,
    /// `ci_xlarge`
    CiXlarge,
    /// `ci_2xlarge`
    Ci2xlarge,
    /// `ci_4xlarge`
    Ci4xlarge,
    /// `ci_8xlarge`
    Ci8xlarge,
    /// `ci_12xlarge`
    Ci12xlarge,
    /// `ci_16xlarge`
    Ci16xlarge,
    /// `ci_24xlarge`
    Ci24xlarge,
    /// `ci_24xlarge_optimized_cpu`
    Ci24xlargeOptimizedCpu,
    /// `ci_24xlarge_optimized_memory`
    Ci24xlargeOptimizedMemory,
    /// `ci_24xlarge_high_memory`
    Ci24xlargeHighMemory,
    /// `ci_48xlarge`
    Ci48xlarge,
    /// `ci_48xlarge_optimized_cpu`
    Ci48xlargeOptimizedCpu,
    /// `ci_48xlarge_optimized_memory`
    Ci48xlargeOptimizedMemory,
    /// `ci_48xlarge_high_memory`
    Ci48xlargeHighMemory,
    /// `cd_default`
    CdDefault,
    /// `pitr_7`
    Pitr7,
    /// `pitr_14`
    Pitr14,
    /// `pitr_28`
    Pitr28,
    /// `ipv4_default`
    Ipv4Default,
    /// `auth_mfa_phone_default`
    AuthMfaPhoneDefault,
    /// `auth_mfa_web_authn_default`
    AuthMfaWebAuthnDefault,
    /// `log_drain_default`
    LogDrainDefault,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ListProjectAddonsResponseSelectedAddonsItemVariantId {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CiMicro => "ci_micro",
            Self::CiSmall => "ci_small",
            Self::CiMedium => "ci_medium",
            Self::CiLarge => "ci_large",
            Self::CiXlarge => "ci_xlarge",
            Self::Ci2xlarge => "ci_2xlarge",
            Self::Ci4xlarge => "ci_4xlarge",
            Self::Ci8xlarge => "ci_8xlarge",
            Self::Ci12xlarge => "ci_12xlarge",
            Self::Ci16xlarge => "ci_16xlarge",
            Self::Ci24xlarge => "ci_24xlarge",
            Self::Ci24xlargeOptimizedCpu => "ci_24xlarge_optimized_cpu",
            Self::Ci24xlargeOptimizedMemory => "ci_24xlarge_optimized_memory",
            Self::Ci24xlargeHighMemory => "ci_24xlarge_high_memory",
            Self::Ci48xlarge => "ci_48xlarge",
            Self::Ci48xlargeOptimizedCpu => "ci_48xlarge_optimized_cpu",
            Self::Ci48xlargeOptimizedMemory => "ci_48xlarge_optimized_memory",
            Self::Ci48xlargeHighMemory => "ci_48xlarge_high_memory",
            Self::CdDefault => "cd_default",
            Self::Pitr7 => "pitr_7",
            Self::Pitr14 => "pitr_14",
            Self::Pitr28 => "pitr_28",
            Self::Ipv4Default => "ipv4_default",
            Self::AuthMfaPhoneDefault => "auth_mfa_phone_default",
            Self::AuthMfaWebAuthnDefault => "auth_mfa_web_authn_default",
            Self::LogDrainDefault => "log_drain_default",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListProjectAddonsResponseSelectedAddonsItemVariantId {
    fn from(value: &str) -> Self {
        match value {
            "ci_micro" => Self::CiMicro,
            "ci_small" => Self::CiSmall,
            "ci_medium" => Self::CiMedium,
            "ci_large" => Self::CiLarge,
            "ci_xlarge" => Self::CiXlarge,
            "ci_2xlarge" => Self::Ci2xlarge,
            "ci_4xlarge" => Self::Ci4xlarge,
            "ci_8xlarge" => Self::Ci8xlarge,
            "ci_12xlarge" => Self::Ci12xlarge,
            "ci_16xlarge" => Self::Ci16xlarge,
            "ci_24xlarge" => Self::Ci24xlarge,
            "ci_24xlarge_optimized_cpu" => Self::Ci24xlargeOptimizedCpu,
            "ci_24xlarge_optimized_memory" => Self::Ci24xlargeOptimizedMemory,
            "ci_24xlarge_high_memory" => Self::Ci24xlargeHighMemory,
            "ci_48xlarge" => Self::Ci48xlarge,
            "ci_48xlarge_optimized_cpu" => Self::Ci48xlargeOptimizedCpu,
            "ci_48xlarge_optimized_memory" => Self::Ci48xlargeOptimizedMemory,
            "ci_48xlarge_high_memory" => Self::Ci48xlargeHighMemory,
            "cd_default" => Self::CdDefault,
            "pitr_7" => Self::Pitr7,
            "pitr_14" => Self::Pitr14,
            "pitr_28" => Self::Pitr28,
            "ipv4_default" => Self::Ipv4Default,
            "auth_mfa_phone_default" => Self::AuthMfaPhoneDefault,
            "auth_mfa_web_authn_default" => Self::AuthMfaWebAuthnDefault,
            "log_drain_default" => Self::LogDrainDefault,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for ListProjectAddonsResponseSelectedAddonsItemVariantId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListProjectAddonsResponseSelectedAddonsItemVariantId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ListProjectAddonsResponseSelectedAddonsItemVariantId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `ListProjectAddonsResponseSelectedAddonsItemVariantPrice`
///
/// Schema: `#/components/schemas/ListProjectAddonsResponse/properties/selected_addons/items/properties/variant/properties/price`
#[derive(Debug, Clone, PartialEq)]
pub struct ListProjectAddonsResponseSelectedAddonsItemVariantPrice {
    /// `amount`
    pub amount: f64,
    /// `description`
    pub description: String,
    /// `interval`
    pub interval: ListProjectAddonsResponseSelectedAddonsItemVariantPriceInterval,
    /// `type`
    pub type_: ListProjectAddonsResponseSelectedAddonsItemVariantPriceType,
}

impl crate::runtime::ToFields
for ListProjectAddonsResponseSelectedAddonsItemVariantPrice {
    const NAME: &'static str = "ListProjectAddonsResponseSelectedAddonsItemVariantPrice";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("amount", &self.amount)
            .field("description", &self.description)
            .field("interval", &self.interval)
            .field("type", &self.type_)
    }
}

impl crate::runtime::FromFields
for ListProjectAddonsResponseSelectedAddonsItemVariantPrice {
    const EXPECTING: &'static str = "struct ListProjectAddonsResponseSelectedAddonsItemVariantPrice";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut amount: Option<f64> = None;
        let mut description: Option<String> = None;
        let mut interval: Option<
            ListProjectAddonsResponseSelectedAddonsItemVariantPriceInterval,
        > = None;
        let mut type_: Option<
            ListProjectAddonsResponseSelectedAddonsItemVariantPriceType,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "amount" => __map.fill(&mut amount),
                "description" => __map.fill(&mut description),
                "interval" => __map.fill(&mut interval),
                "type" => __map.fill(&mut type_),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ListProjectAddonsResponseSelectedAddonsItemVariantPrice {
            amount: crate::runtime::required(amount, "amount")?,
            description: crate::runtime::required(description, "description")?,
            interval: crate::runtime::required(interval, "interval")?,
            type_: crate::runtime::required(type_, "type")?,
        })
    }
}
crate::runtime::object_serde!(ListProjectAddonsResponseSelectedAddonsItemVariantPrice);

/// `ListProjectAddonsResponseSelectedAddonsItemVariantPriceInterval`
///
/// Schema: `#/components/schemas/ListProjectAddonsResponse/properties/selected_addons/items/properties/variant/properties/price/properties/interval`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListProjectAddonsResponseSelectedAddonsItemVariantPriceInterval {
    /// `monthly`
    Monthly,
    /// `hourly`
    Hourly,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ListProjectAddonsResponseSelectedAddonsItemVariantPriceInterval {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Monthly => "monthly",
            Self::Hourly => "hourly",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListProjectAddonsResponseSelectedAddonsItemVariantPriceInterval {
    fn from(value: &str) -> Self {
        match value {
            "monthly" => Self::Monthly,
            "hourly" => Self::Hourly,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display
for ListProjectAddonsResponseSelectedAddonsItemVariantPriceInterval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListProjectAddonsResponseSelectedAddonsItemVariantPriceInterval {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for ListProjectAddonsResponseSelectedAddonsItemVariantPriceInterval {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `ListProjectAddonsResponseSelectedAddonsItemVariantPriceType`
///
/// Schema: `#/components/schemas/ListProjectAddonsResponse/properties/selected_addons/items/properties/variant/properties/price/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListProjectAddonsResponseSelectedAddonsItemVariantPriceType {
    /// `fixed`
    Fixed,
    /// `usage`
    Usage,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ListProjectAddonsResponseSelectedAddonsItemVariantPriceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fixed => "fixed",
            Self::Usage => "usage",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListProjectAddonsResponseSelectedAddonsItemVariantPriceType {
    fn from(value: &str) -> Self {
        match value {
            "fixed" => Self::Fixed,
            "usage" => Self::Usage,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for ListProjectAddonsResponseSelectedAddonsItemVariantPriceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListProjectAddonsResponseSelectedAddonsItemVariantPriceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for ListProjectAddonsResponseSelectedAddonsItemVariantPriceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
