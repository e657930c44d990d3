//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1GetUsageApiRequestsCountResponse`.

use serde::{Deserialize, Serialize};

/// `V1GetUsageApiRequestsCountResponse`
///
/// Schema: `#/components/schemas/V1GetUsageApiRequestsCountResponse`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct V1GetUsageApiRequestsCountResponse {
    /// `error`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<V1GetUsageApiRequestsCountResponseError>,
    /// `result`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Vec<V1GetUsageApiRequestsCountResponseResultItem>>,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// `V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem`
///
/// Schema: `#/components/schemas/V1GetUsageApiRequestsCountResponse/properties/error/oneOf/1/properties/errors/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// `V1GetUsageApiRequestsCountResponseResultItem`
///
/// Schema: `#/components/schemas/V1GetUsageApiRequestsCountResponse/properties/result/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct V1GetUsageApiRequestsCountResponseResultItem {
    /// `count`
    pub count: f64,
}
