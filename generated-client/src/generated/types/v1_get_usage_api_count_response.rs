//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1GetUsageApiCountResponse`.

use serde::{Deserialize, Serialize};

/// `V1GetUsageApiCountResponse`
///
/// Schema: `#/components/schemas/V1GetUsageApiCountResponse`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct V1GetUsageApiCountResponse {
    /// `error`
    pub error: Option<V1GetUsageApiCountResponseError>,
    /// `result`
    pub result: Option<Vec<V1GetUsageApiCountResponseResultItem>>,
}

impl crate::runtime::ToFields for V1GetUsageApiCountResponse {
    const NAME: &'static str = "V1GetUsageApiCountResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.optional("error", &self.error).optional("result", &self.result)
    }
}

impl crate::runtime::FromFields for V1GetUsageApiCountResponse {
    const EXPECTING: &'static str = "struct V1GetUsageApiCountResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut error: Option<V1GetUsageApiCountResponseError> = None;
        let mut result: Option<Vec<V1GetUsageApiCountResponseResultItem>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "error" => __map.set(&mut error),
                "result" => __map.set(&mut result),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1GetUsageApiCountResponse {
            error,
            result,
        })
    }
}
crate::runtime::object_serde!(V1GetUsageApiCountResponse);

/// `V1GetUsageApiCountResponseError`
///
/// Schema: `#/components/schemas/V1GetUsageApiCountResponse/properties/error`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum V1GetUsageApiCountResponseError {
    /// The `Object` variant.
    Object(V1GetUsageApiCountResponseErrorObject),
    /// The `String` variant.
    String(String),
}

/// `V1GetUsageApiCountResponseErrorObject`
///
/// Schema: `#/components/schemas/V1GetUsageApiCountResponse/properties/error/oneOf/1`
#[derive(Debug, Clone, PartialEq)]
pub struct V1GetUsageApiCountResponseErrorObject {
    /// `code`
    pub code: f64,
    /// `errors`
    pub errors: Vec<V1GetUsageApiCountResponseErrorObjectErrorsItem>,
    /// `message`
    pub message: String,
    /// `status`
    pub status: String,
}

impl crate::runtime::ToFields for V1GetUsageApiCountResponseErrorObject {
    const NAME: &'static str = "V1GetUsageApiCountResponseErrorObject";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("code", &self.code)
            .field("errors", &self.errors)
            .field("message", &self.message)
            .field("status", &self.status)
    }
}

impl crate::runtime::FromFields for V1GetUsageApiCountResponseErrorObject {
    const EXPECTING: &'static str = "struct V1GetUsageApiCountResponseErrorObject";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut code: Option<f64> = None;
        let mut errors: Option<Vec<V1GetUsageApiCountResponseErrorObjectErrorsItem>> = None;
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
        Ok(V1GetUsageApiCountResponseErrorObject {
            code: crate::runtime::required(code, "code")?,
            errors: crate::runtime::required(errors, "errors")?,
            message: crate::runtime::required(message, "message")?,
            status: crate::runtime::required(status, "status")?,
        })
    }
}
crate::runtime::object_serde!(V1GetUsageApiCountResponseErrorObject);

/// `V1GetUsageApiCountResponseErrorObjectErrorsItem`
///
/// Schema: `#/components/schemas/V1GetUsageApiCountResponse/properties/error/oneOf/1/properties/errors/items`
#[derive(Debug, Clone, PartialEq)]
pub struct V1GetUsageApiCountResponseErrorObjectErrorsItem {
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

impl crate::runtime::ToFields for V1GetUsageApiCountResponseErrorObjectErrorsItem {
    const NAME: &'static str = "V1GetUsageApiCountResponseErrorObjectErrorsItem";
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

impl crate::runtime::FromFields for V1GetUsageApiCountResponseErrorObjectErrorsItem {
    const EXPECTING: &'static str = "struct V1GetUsageApiCountResponseErrorObjectErrorsItem";
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
        Ok(V1GetUsageApiCountResponseErrorObjectErrorsItem {
            domain: crate::runtime::required(domain, "domain")?,
            location: crate::runtime::required(location, "location")?,
            location_type: crate::runtime::required(location_type, "locationType")?,
            message: crate::runtime::required(message, "message")?,
            reason: crate::runtime::required(reason, "reason")?,
        })
    }
}
crate::runtime::object_serde!(V1GetUsageApiCountResponseErrorObjectErrorsItem);

/// `V1GetUsageApiCountResponseResultItem`
///
/// Schema: `#/components/schemas/V1GetUsageApiCountResponse/properties/result/items`
#[derive(Debug, Clone, PartialEq)]
pub struct V1GetUsageApiCountResponseResultItem {
    /// `timestamp`
    pub timestamp: String,
    /// `total_auth_requests`
    pub total_auth_requests: f64,
    /// `total_realtime_requests`
    pub total_realtime_requests: f64,
    /// `total_rest_requests`
    pub total_rest_requests: f64,
    /// `total_storage_requests`
    pub total_storage_requests: f64,
}

impl crate::runtime::ToFields for V1GetUsageApiCountResponseResultItem {
    const NAME: &'static str = "V1GetUsageApiCountResponseResultItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("timestamp", &self.timestamp)
            .field("total_auth_requests", &self.total_auth_requests)
            .field("total_realtime_requests", &self.total_realtime_requests)
            .field("total_rest_requests", &self.total_rest_requests)
            .field("total_storage_requests", &self.total_storage_requests)
    }
}

impl crate::runtime::FromFields for V1GetUsageApiCountResponseResultItem {
    const EXPECTING: &'static str = "struct V1GetUsageApiCountResponseResultItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut timestamp: Option<String> = None;
        let mut total_auth_requests: Option<f64> = None;
        let mut total_realtime_requests: Option<f64> = None;
        let mut total_rest_requests: Option<f64> = None;
        let mut total_storage_requests: Option<f64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "timestamp" => __map.fill(&mut timestamp),
                "total_auth_requests" => __map.fill(&mut total_auth_requests),
                "total_realtime_requests" => __map.fill(&mut total_realtime_requests),
                "total_rest_requests" => __map.fill(&mut total_rest_requests),
                "total_storage_requests" => __map.fill(&mut total_storage_requests),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1GetUsageApiCountResponseResultItem {
            timestamp: crate::runtime::required(timestamp, "timestamp")?,
            total_auth_requests: crate::runtime::required(
                total_auth_requests,
                "total_auth_requests",
            )?,
            total_realtime_requests: crate::runtime::required(
                total_realtime_requests,
                "total_realtime_requests",
            )?,
            total_rest_requests: crate::runtime::required(
                total_rest_requests,
                "total_rest_requests",
            )?,
            total_storage_requests: crate::runtime::required(
                total_storage_requests,
                "total_storage_requests",
            )?,
        })
    }
}
crate::runtime::object_serde!(V1GetUsageApiCountResponseResultItem);
