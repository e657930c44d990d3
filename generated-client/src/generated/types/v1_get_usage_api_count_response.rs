//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1GetUsageApiCountResponse`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `#/components/schemas/V1GetUsageApiCountResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct V1GetUsageApiCountResponse {
        pub error: Option<V1GetUsageApiCountResponseError>,
        pub result: Option<Vec<V1GetUsageApiCountResponseResultItem>>,
    }
}

/// Schema: `#/components/schemas/V1GetUsageApiCountResponse/properties/error`
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
    /// Schema: `#/components/schemas/V1GetUsageApiCountResponse/properties/error/oneOf/1`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct V1GetUsageApiCountResponseErrorObject {
        pub code: f64,
        pub errors: Vec<V1GetUsageApiCountResponseErrorObjectErrorsItem>,
        pub message: String,
        pub status: String,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/V1GetUsageApiCountResponse/properties/error/oneOf/1/properties/errors/items`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct V1GetUsageApiCountResponseErrorObjectErrorsItem {
        pub domain: String,
        pub location: String,
        #[wire("locationType")]
        pub location_type: String,
        pub message: String,
        pub reason: String,
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/V1GetUsageApiCountResponse/properties/result/items`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct V1GetUsageApiCountResponseResultItem {
        pub timestamp: crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
        pub total_auth_requests: f64,
        pub total_realtime_requests: f64,
        pub total_rest_requests: f64,
        pub total_storage_requests: f64,
    }
}
