//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1GetUsageApiRequestsCountResponse`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `V1GetUsageApiRequestsCountResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct V1GetUsageApiRequestsCountResponse {
        pub error: Option<V1GetUsageApiRequestsCountResponseError>,
        pub result: Option<Vec<V1GetUsageApiRequestsCountResponseResultItem>>,
    }
}

/// Schema: `V1GetUsageApiRequestsCountResponse.error`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum V1GetUsageApiRequestsCountResponseError {
    Object(V1GetUsageApiRequestsCountResponseErrorObject),
    String(String),
}

impl crate::runtime::Field for V1GetUsageApiRequestsCountResponseError {}
crate::runtime::object! {
    /// Schema: `V1GetUsageApiRequestsCountResponse.error.oneOf[1]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1GetUsageApiRequestsCountResponseErrorObject {
        #[wire(required)]
        pub code: f64,
        #[wire(required)]
        pub errors: Vec<V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem>,
        #[wire(required)]
        pub message: String,
        #[wire(required)]
        pub status: String,
    }
}

crate::runtime::object! {
    /// Schema: `V1GetUsageApiRequestsCountResponse.error.oneOf[1].errors[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1GetUsageApiRequestsCountResponseErrorObjectErrorsItem {
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
    /// Schema: `V1GetUsageApiRequestsCountResponse.result[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1GetUsageApiRequestsCountResponseResultItem {
        #[wire(required)]
        pub count: f64,
    }
}
