//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/AnalyticsResponse`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `AnalyticsResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct AnalyticsResponse {
        pub error: Option<AnalyticsResponseError>,
        pub result: Option<Vec<serde_json::Value>>,
    }
}

/// Schema: `AnalyticsResponse.error`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum AnalyticsResponseError {
    Object(AnalyticsResponseErrorObject),
    String(String),
}

impl crate::runtime::Field for AnalyticsResponseError {}
crate::runtime::object! {
    /// Schema: `AnalyticsResponse.error.oneOf[1]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct AnalyticsResponseErrorObject {
        #[wire(required)]
        pub code: f64,
        #[wire(required)]
        pub errors: Vec<AnalyticsResponseErrorObjectErrorsItem>,
        #[wire(required)]
        pub message: String,
        #[wire(required)]
        pub status: String,
    }
}

crate::runtime::object! {
    /// Schema: `AnalyticsResponse.error.oneOf[1].errors[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct AnalyticsResponseErrorObjectErrorsItem {
        #[wire(required)]
        pub domain: String,
        #[wire(required)]
        pub location: String,
        #[wire("locationType", required)]
        pub location_type: String,
        #[wire(required)]
        pub message: String,
        #[wire(required)]
        pub reason: String,
    }
}
