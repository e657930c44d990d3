//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/AnalyticsResponse`.

use serde::{Deserialize, Serialize};

/// `AnalyticsResponse`
///
/// Schema: `#/components/schemas/AnalyticsResponse`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AnalyticsResponse {
    /// `error`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<AnalyticsResponseError>,
    /// `result`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Vec<serde_json::Value>>,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// `AnalyticsResponseErrorObjectErrorsItem`
///
/// Schema: `#/components/schemas/AnalyticsResponse/properties/error/oneOf/1/properties/errors/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
