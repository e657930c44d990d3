//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/AnalyticsResponse`.

use serde::{Deserialize, Serialize};

/// `AnalyticsResponse`
///
/// Schema: `#/components/schemas/AnalyticsResponse`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AnalyticsResponse {
    /// `error`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<AnalyticsResponseError>,
    /// `result`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Vec<serde_json::Value>>,
}

impl<'de> Deserialize<'de> for AnalyticsResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for AnalyticsResponse {
    const EXPECTING: &'static str = "struct AnalyticsResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<AnalyticsResponseError>> = None;
        let mut field_1: Option<Option<Vec<serde_json::Value>>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "error" => map.fill(&mut field_0),
                "result" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(AnalyticsResponse {
            error: Option::flatten(field_0),
            result: Option::flatten(field_1),
        })
    }
}

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
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for AnalyticsResponseErrorObject {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for AnalyticsResponseErrorObject {
    const EXPECTING: &'static str = "struct AnalyticsResponseErrorObject";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<f64> = None;
        let mut field_1: Option<Vec<AnalyticsResponseErrorObjectErrorsItem>> = None;
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
        Ok(AnalyticsResponseErrorObject {
            code: crate::runtime::required(field_0, "code")?,
            errors: crate::runtime::required(field_1, "errors")?,
            message: crate::runtime::required(field_2, "message")?,
            status: crate::runtime::required(field_3, "status")?,
        })
    }
}

/// `AnalyticsResponseErrorObjectErrorsItem`
///
/// Schema: `#/components/schemas/AnalyticsResponse/properties/error/oneOf/1/properties/errors/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnalyticsResponseErrorObjectErrorsItem {
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

impl<'de> Deserialize<'de> for AnalyticsResponseErrorObjectErrorsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for AnalyticsResponseErrorObjectErrorsItem {
    const EXPECTING: &'static str = "struct AnalyticsResponseErrorObjectErrorsItem";
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
        Ok(AnalyticsResponseErrorObjectErrorsItem {
            domain: crate::runtime::required(field_0, "domain")?,
            location: crate::runtime::required(field_1, "location")?,
            location_type: crate::runtime::required(field_2, "locationType")?,
            message: crate::runtime::required(field_3, "message")?,
            reason: crate::runtime::required(field_4, "reason")?,
        })
    }
}
