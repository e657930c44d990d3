//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1GetUsageApiRequestsCountResponse`.

use serde::{Deserialize, Serialize};

/// `V1GetUsageApiRequestsCountResponse`
///
/// Schema: `#/components/schemas/V1GetUsageApiRequestsCountResponse`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct V1GetUsageApiRequestsCountResponse {
    /// `error`
    pub error: Option<V1GetUsageApiRequestsCountResponseError>,
    /// `result`
    pub result: Option<Vec<V1GetUsageApiRequestsCountResponseResultItem>>,
}

impl crate::runtime::ToFields for V1GetUsageApiRequestsCountResponse {
    const NAME: &'static str = "V1GetUsageApiRequestsCountResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.optional("error", &self.error).optional("result", &self.result)
    }
}

impl crate::runtime::FromFields for V1GetUsageApiRequestsCountResponse {
    const EXPECTING: &'static str = "struct V1GetUsageApiRequestsCountResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut error: Option<V1GetUsageApiRequestsCountResponseError> = None;
        let mut result: Option<Vec<V1GetUsageApiRequestsCountResponseResultItem>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "error" => __map.set(&mut error),
                "result" => __map.set(&mut result),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1GetUsageApiRequestsCountResponse {
            error,
            result,
        })
    }
}
crate::runtime::object_serde!(V1GetUsageApiRequestsCountResponse);

/// `V1GetUsageApiRequestsCountResponseError`
///
/// Schema: `#/components/schemas/V1GetUsageApiRequestsCountResponse/properties/error`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum V1GetUsageApiRequestsCountResponseError {
    /// The `Object` variant.
    Object(V1GetUsageApiRequestsCountResponseErrorObject),
    /// The `String` variant.
    String(String),
}

/// `V1GetUsageApiRequestsCountResponseErrorObject`
///
/// Schema: `#/components/schemas/V1GetUsageApiRequestsCountResponse/properties/error/oneOf/1`
#[derive(Debug, Clone, PartialEq)]
pub struct V1GetUsageApiRequestsCountResponseErrorObject {
    /// `code`
    pub code: f64,
    /// `errors`
    pub errors: Vec<V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem>,
    /// `message`
    pub message: String,
    /// `status`
    pub status: String,
}

impl crate::runtime::ToFields for V1GetUsageApiRequestsCountResponseErrorObject {
    const NAME: &'static str = "V1GetUsageApiRequestsCountResponseErrorObject";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("code", &self.code)
            .field("errors", &self.errors)
            .field("message", &self.message)
            .field("status", &self.status)
    }
}

impl crate::runtime::FromFields for V1GetUsageApiRequestsCountResponseErrorObject {
    const EXPECTING: &'static str = "struct V1GetUsageApiRequestsCountResponseErrorObject";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut code: Option<f64> = None;
        let mut errors: Option<
            Vec<V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem>,
        > = None;
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
        Ok(V1GetUsageApiRequestsCountResponseErrorObject {
            code: crate::runtime::required(code, "code")?,
            errors: crate::runtime::required(errors, "errors")?,
            message: crate::runtime::required(message, "message")?,
            status: crate::runtime::required(status, "status")?,
        })
    }
}
crate::runtime::object_serde!(V1GetUsageApiRequestsCountResponseErrorObject);

/// `V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem`
///
/// Schema: `#/components/schemas/V1GetUsageApiRequestsCountResponse/properties/error/oneOf/1/properties/errors/items`
#[derive(Debug, Clone, PartialEq)]
pub struct V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem {
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

impl crate::runtime::ToFields
for V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem {
    const NAME: &'static str = "V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem";
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

impl crate::runtime::FromFields
for V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem {
    const EXPECTING: &'static str = "struct V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem";
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
        Ok(V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem {
            domain: crate::runtime::required(domain, "domain")?,
            location: crate::runtime::required(location, "location")?,
            location_type: crate::runtime::required(location_type, "locationType")?,
            message: crate::runtime::required(message, "message")?,
            reason: crate::runtime::required(reason, "reason")?,
        })
    }
}
crate::runtime::object_serde!(V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem);

/// `V1GetUsageApiRequestsCountResponseResultItem`
///
/// Schema: `#/components/schemas/V1GetUsageApiRequestsCountResponse/properties/result/items`
#[derive(Debug, Clone, PartialEq)]
pub struct V1GetUsageApiRequestsCountResponseResultItem {
    /// `count`
    pub count: f64,
}

impl crate::runtime::ToFields for V1GetUsageApiRequestsCountResponseResultItem {
    const NAME: &'static str = "V1GetUsageApiRequestsCountResponseResultItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("count", &self.count)
    }
}

impl crate::runtime::FromFields for V1GetUsageApiRequestsCountResponseResultItem {
    const EXPECTING: &'static str = "struct V1GetUsageApiRequestsCountResponseResultItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut count: Option<f64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "count" => __map.fill(&mut count),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1GetUsageApiRequestsCountResponseResultItem {
            count: crate::runtime::required(count, "count")?,
        })
    }
}
crate::runtime::object_serde!(V1GetUsageApiRequestsCountResponseResultItem);
