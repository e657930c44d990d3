//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1GetUsageApiCountResponse`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `V1GetUsageApiCountResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct V1GetUsageApiCountResponse {
        pub error: Option<V1GetUsageApiCountResponseError>,
        pub result: Option<Vec<V1GetUsageApiCountResponseResultItem>>,
    }
}

/// Schema: `V1GetUsageApiCountResponse.error`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum V1GetUsageApiCountResponseError {
    Object(V1GetUsageApiCountResponseErrorObject),
    String(String),
}

impl crate::runtime::Field for V1GetUsageApiCountResponseError {}
crate::runtime::object! {
    /// Schema: `V1GetUsageApiCountResponse.error.oneOf[1]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1GetUsageApiCountResponseErrorObject {
        #[wire(required)]
        pub code: f64,
        #[wire(required)]
        pub errors: Vec<V1GetUsageApiCountResponseErrorObjectErrorsItem>,
        #[wire(required)]
        pub message: String,
        #[wire(required)]
        pub status: String,
    }
}

crate::runtime::object! {
    /// Schema: `V1GetUsageApiCountResponse.error.oneOf[1].errors[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1GetUsageApiCountResponseErrorObjectErrorsItem {
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

crate::runtime::object! {
    /// Schema: `V1GetUsageApiCountResponse.result[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1GetUsageApiCountResponseResultItem {
        #[wire(required)]
        pub timestamp: crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
        #[wire(required)]
        pub total_auth_requests: f64,
        #[wire(required)]
        pub total_realtime_requests: f64,
        #[wire(required)]
        pub total_rest_requests: f64,
        #[wire(required)]
        pub total_storage_requests: f64,
    }
}
