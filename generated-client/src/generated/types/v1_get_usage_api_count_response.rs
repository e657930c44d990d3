//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1GetUsageApiCountResponse`.

use serde::{Deserialize, Serialize};

/// `V1GetUsageApiCountResponse`
///
/// Schema: `#/components/schemas/V1GetUsageApiCountResponse`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct V1GetUsageApiCountResponse {
    /// `error`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<V1GetUsageApiCountResponseError>,
    /// `result`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Vec<V1GetUsageApiCountResponseResultItem>>,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// `V1GetUsageApiCountResponseErrorObjectErrorsItem`
///
/// Schema: `#/components/schemas/V1GetUsageApiCountResponse/properties/error/oneOf/1/properties/errors/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// `V1GetUsageApiCountResponseResultItem`
///
/// Schema: `#/components/schemas/V1GetUsageApiCountResponse/properties/result/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
