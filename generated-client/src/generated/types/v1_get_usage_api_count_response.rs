//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1GetUsageApiCountResponse`.

use serde::{Deserialize, Serialize};

/// `V1GetUsageApiCountResponse`
///
/// Schema: `#/components/schemas/V1GetUsageApiCountResponse`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct V1GetUsageApiCountResponse {
    /// `error`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<V1GetUsageApiCountResponseError>,
    /// `result`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Vec<V1GetUsageApiCountResponseResultItem>>,
}

impl<'de> Deserialize<'de> for V1GetUsageApiCountResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1GetUsageApiCountResponse {
    const EXPECTING: &'static str = "struct V1GetUsageApiCountResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<V1GetUsageApiCountResponseError>> = None;
        let mut field_1: Option<Option<Vec<V1GetUsageApiCountResponseResultItem>>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "error" => map.fill(&mut field_0),
                "result" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1GetUsageApiCountResponse {
            error: Option::flatten(field_0),
            result: Option::flatten(field_1),
        })
    }
}

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
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for V1GetUsageApiCountResponseErrorObject {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1GetUsageApiCountResponseErrorObject {
    const EXPECTING: &'static str = "struct V1GetUsageApiCountResponseErrorObject";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<f64> = None;
        let mut field_1: Option<Vec<V1GetUsageApiCountResponseErrorObjectErrorsItem>> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "code" => map.fill(&mut field_0),
                "errors" => map.fill(&mut field_1),
                "message" => map.fill(&mut field_2),
                "status" => map.fill(&mut field_3),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1GetUsageApiCountResponseErrorObject {
            code: crate::runtime::required(field_0, "code")?,
            errors: crate::runtime::required(field_1, "errors")?,
            message: crate::runtime::required(field_2, "message")?,
            status: crate::runtime::required(field_3, "status")?,
        })
    }
}

/// `V1GetUsageApiCountResponseErrorObjectErrorsItem`
///
/// Schema: `#/components/schemas/V1GetUsageApiCountResponse/properties/error/oneOf/1/properties/errors/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1GetUsageApiCountResponseErrorObjectErrorsItem {
    /// `domain`
    pub domain: String,
    /// `location`
    pub location: String,
    /// `locationType`
    #[serde(rename = "locationType")]
    pub location_type: String,
    /// `message`
    pub message: String,
    /// `reason`
    pub reason: String,
}

impl<'de> Deserialize<'de> for V1GetUsageApiCountResponseErrorObjectErrorsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1GetUsageApiCountResponseErrorObjectErrorsItem {
    const EXPECTING: &'static str = "struct V1GetUsageApiCountResponseErrorObjectErrorsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<String> = None;
        let mut field_4: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "domain" => map.fill(&mut field_0),
                "location" => map.fill(&mut field_1),
                "locationType" => map.fill(&mut field_2),
                "message" => map.fill(&mut field_3),
                "reason" => map.fill(&mut field_4),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1GetUsageApiCountResponseErrorObjectErrorsItem {
            domain: crate::runtime::required(field_0, "domain")?,
            location: crate::runtime::required(field_1, "location")?,
            location_type: crate::runtime::required(field_2, "locationType")?,
            message: crate::runtime::required(field_3, "message")?,
            reason: crate::runtime::required(field_4, "reason")?,
        })
    }
}

/// `V1GetUsageApiCountResponseResultItem`
///
/// Schema: `#/components/schemas/V1GetUsageApiCountResponse/properties/result/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for V1GetUsageApiCountResponseResultItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1GetUsageApiCountResponseResultItem {
    const EXPECTING: &'static str = "struct V1GetUsageApiCountResponseResultItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<f64> = None;
        let mut field_2: Option<f64> = None;
        let mut field_3: Option<f64> = None;
        let mut field_4: Option<f64> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "timestamp" => map.fill(&mut field_0),
                "total_auth_requests" => map.fill(&mut field_1),
                "total_realtime_requests" => map.fill(&mut field_2),
                "total_rest_requests" => map.fill(&mut field_3),
                "total_storage_requests" => map.fill(&mut field_4),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1GetUsageApiCountResponseResultItem {
            timestamp: crate::runtime::required(field_0, "timestamp")?,
            total_auth_requests: crate::runtime::required(
                field_1,
                "total_auth_requests",
            )?,
            total_realtime_requests: crate::runtime::required(
                field_2,
                "total_realtime_requests",
            )?,
            total_rest_requests: crate::runtime::required(
                field_3,
                "total_rest_requests",
            )?,
            total_storage_requests: crate::runtime::required(
                field_4,
                "total_storage_requests",
            )?,
        })
    }
}
