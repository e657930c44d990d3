//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkRestrictionsPatchRequest`.

use serde::{Deserialize, Serialize};

/// `NetworkRestrictionsPatchRequest`
///
/// Schema: `#/components/schemas/NetworkRestrictionsPatchRequest`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct NetworkRestrictionsPatchRequest {
    /// `add`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub add: Option<NetworkRestrictionsPatchRequestAdd>,
    /// `remove`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remove: Option<NetworkRestrictionsPatchRequestRemove>,
}

/// `NetworkRestrictionsPatchRequestAdd`
///
/// Schema: `#/components/schemas/NetworkRestrictionsPatchRequest/properties/add`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct NetworkRestrictionsPatchRequestAdd {
    /// `dbAllowedCidrs`
    #[serde(rename = "dbAllowedCidrs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs: Option<Vec<String>>,
    /// `dbAllowedCidrsV6`
    #[serde(rename = "dbAllowedCidrsV6")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs_v6: Option<Vec<String>>,
}

/// `NetworkRestrictionsPatchRequestRemove`
///
/// Schema: `#/components/schemas/NetworkRestrictionsPatchRequest/properties/remove`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct NetworkRestrictionsPatchRequestRemove {
    /// `dbAllowedCidrs`
    #[serde(rename = "dbAllowedCidrs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs: Option<Vec<String>>,
    /// `dbAllowedCidrsV6`
    #[serde(rename = "dbAllowedCidrsV6")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_allowed_cidrs_v6: Option<Vec<String>>,
}
