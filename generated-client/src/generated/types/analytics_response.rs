//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/AnalyticsResponse`.

use serde::{Deserialize, Serialize};

/// `AnalyticsResponse`
///
/// Schema: `#/components/schemas/AnalyticsResponse`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AnalyticsResponse {
    /// `error`
    pub error: Option<AnalyticsResponseError>,
    /// `result`
    pub result: Option<Vec<serde_json::Value>>,
}

impl crate::runtime::ToFields for AnalyticsResponse {
    const NAME: &'static str = "AnalyticsResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.optional("error", &self.error).optional("result", &self.result)
    }
}

impl crate::runtime::FromFields for AnalyticsResponse {
    const EXPECTING: &'static str = "struct AnalyticsResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut error: Option<AnalyticsResponseError> = None;
        let mut result: Option<Vec<serde_json::Value>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "error" => __map.set(&mut error),
                "result" => __map.set(&mut result),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(AnalyticsResponse { error, result })
    }
}
crate::runtime::object_serde!(AnalyticsResponse);

/// `AnalyticsResponseError`
///
/// Schema: `#/components/schemas/AnalyticsResponse/properties/error`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum AnalyticsResponseError {
    /// The `Object` variant.
    Object(AnalyticsResponseErrorObject),
    /// The `String` variant.
    String(String),
}

/// `AnalyticsResponseErrorObject`
///
/// Schema: `#/components/schemas/AnalyticsResponse/properties/error/oneOf/1`
#[derive(Debug, Clone, PartialEq)]
pub struct AnalyticsResponseErrorObject {
    /// `code`
    pub code: f64,
    /// `errors`
    pub errors: Vec<AnalyticsResponseErrorObjectErrorsItem>,
    /// `message`
    pub message: String,
    /// `status`
    pub status: String,
}

impl crate::runtime::ToFields for AnalyticsResponseErrorObject {
    const NAME: &'static str = "AnalyticsResponseErrorObject";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("code", &self.code)
            .field("errors", &self.errors)
            .field("message", &self.message)
            .field("status", &self.status)
    }
}

impl crate::runtime::FromFields for AnalyticsResponseErrorObject {
    const EXPECTING: &'static str = "struct AnalyticsResponseErrorObject";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut code: Option<f64> = None;
        let mut errors: Option<Vec<AnalyticsResponseErrorObjectErrorsItem>> = None;
        let mut message: Option<String> = None;
        let mut status: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "code" => __map.fill(&mut code),
                "errors" => __map.fill(&mut errors),
                "message" => __map.fill(&mut message),
                "status" => __map.fill(&mut status),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(AnalyticsResponseErrorObject {
            code: crate::runtime::required(code, "code")?,
            errors: crate::runtime::required(errors, "errors")?,
            message: crate::runtime::required(message, "message")?,
            status: crate::runtime::required(status, "status")?,
        })
    }
}
crate::runtime::object_serde!(AnalyticsResponseErrorObject);

/// `AnalyticsResponseErrorObjectErrorsItem`
///
/// Schema: `#/components/schemas/AnalyticsResponse/properties/error/oneOf/1/properties/errors/items`
#[derive(Debug, Clone, PartialEq)]
pub struct AnalyticsResponseErrorObjectErrorsItem {
    /// `domain`
    pub domain: String,
    /// `location`
    pub location: String,
    /// `locationType`
    pub location_type: String,
    /// `message`
    pub message: String,
    /// `reason`
    pub reason: String,
}

impl crate::runtime::ToFields for AnalyticsResponseErrorObjectErrorsItem {
    const NAME: &'static str = "AnalyticsResponseErrorObjectErrorsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("domain", &self.domain)
            .field("location", &self.location)
            .field("locationType", &self.location_type)
            .field("message", &self.message)
            .field("reason", &self.reason)
    }
}

impl crate::runtime::FromFields for AnalyticsResponseErrorObjectErrorsItem {
    const EXPECTING: &'static str = "struct AnalyticsResponseErrorObjectErrorsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut domain: Option<String> = None;
        let mut location: Option<String> = None;
        let mut location_type: Option<String> = None;
        let mut message: Option<String> = None;
        let mut reason: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "domain" => __map.fill(&mut domain),
                "location" => __map.fill(&mut location),
                "locationType" => __map.fill(&mut location_type),
                "message" => __map.fill(&mut message),
                "reason" => __map.fill(&mut reason),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(AnalyticsResponseErrorObjectErrorsItem {
            domain: crate::runtime::required(domain, "domain")?,
            location: crate::runtime::required(location, "location")?,
            location_type: crate::runtime::required(location_type, "locationType")?,
            message: crate::runtime::required(message, "message")?,
            reason: crate::runtime::required(reason, "reason")?,
        })
    }
}
crate::runtime::object_serde!(AnalyticsResponseErrorObjectErrorsItem);
