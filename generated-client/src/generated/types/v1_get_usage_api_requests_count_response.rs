//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1GetUsageApiRequestsCountResponse`.

use serde::{Deserialize, Serialize};

/// `V1GetUsageApiRequestsCountResponse`
///
/// Schema: `#/components/schemas/V1GetUsageApiRequestsCountResponse`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct V1GetUsageApiRequestsCountResponse {
    /// `error`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<V1GetUsageApiRequestsCountResponseError>,
    /// `result`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Vec<V1GetUsageApiRequestsCountResponseResultItem>>,
}

impl<'de> Deserialize<'de> for V1GetUsageApiRequestsCountResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1GetUsageApiRequestsCountResponse {
    const EXPECTING: &'static str = "struct V1GetUsageApiRequestsCountResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<V1GetUsageApiRequestsCountResponseError>> = None;
        let mut field_1: Option<
            Option<Vec<V1GetUsageApiRequestsCountResponseResultItem>>,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "error" => map.fill(&mut field_0),
                "result" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1GetUsageApiRequestsCountResponse {
            error: Option::flatten(field_0),
            result: Option::flatten(field_1),
        })
    }
}

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
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for V1GetUsageApiRequestsCountResponseErrorObject {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1GetUsageApiRequestsCountResponseErrorObject {
    const EXPECTING: &'static str = "struct V1GetUsageApiRequestsCountResponseErrorObject";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<f64> = None;
        let mut field_1: Option<
            Vec<V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem>,
        > = None;
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
        Ok(V1GetUsageApiRequestsCountResponseErrorObject {
            code: crate::runtime::required(field_0, "code")?,
            errors: crate::runtime::required(field_1, "errors")?,
            message: crate::runtime::required(field_2, "message")?,
            status: crate::runtime::required(field_3, "status")?,
        })
    }
}

/// `V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem`
///
/// Schema: `#/components/schemas/V1GetUsageApiRequestsCountResponse/properties/error/oneOf/1/properties/errors/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem {
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

impl<'de> Deserialize<'de> for V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem {
    const EXPECTING: &'static str = "struct V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem";
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
        Ok(V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem {
            domain: crate::runtime::required(field_0, "domain")?,
            location: crate::runtime::required(field_1, "location")?,
            location_type: crate::runtime::required(field_2, "locationType")?,
            message: crate::runtime::required(field_3, "message")?,
            reason: crate::runtime::required(field_4, "reason")?,
        })
    }
}

/// `V1GetUsageApiRequestsCountResponseResultItem`
///
/// Schema: `#/components/schemas/V1GetUsageApiRequestsCountResponse/properties/result/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1GetUsageApiRequestsCountResponseResultItem {
    /// `count`
    pub count: f64,
}

impl<'de> Deserialize<'de> for V1GetUsageApiRequestsCountResponseResultItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1GetUsageApiRequestsCountResponseResultItem {
    const EXPECTING: &'static str = "struct V1GetUsageApiRequestsCountResponseResultItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<f64> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "count" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(V1GetUsageApiRequestsCountResponseResultItem {
            count: crate::runtime::required(field_0, "count")?,
        })
    }
}
