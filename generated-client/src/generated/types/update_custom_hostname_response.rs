//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateCustomHostnameResponse`.

use serde::{Deserialize, Serialize};

/// `UpdateCustomHostnameResponse`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateCustomHostnameResponse {
    /// `custom_hostname`
    pub custom_hostname: String,
    /// `data`
    pub data: UpdateCustomHostnameResponseData,
    /// `status`
    pub status: UpdateCustomHostnameResponseStatus,
}

/// `UpdateCustomHostnameResponseData`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateCustomHostnameResponseData {
    /// `errors`
    pub errors: Vec<serde_json::Value>,
    /// `messages`
    pub messages: Vec<serde_json::Value>,
    /// `result`
    pub result: UpdateCustomHostnameResponseDataResult,
    /// `success`
    pub success: bool,
}

/// `UpdateCustomHostnameResponseDataResult`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateCustomHostnameResponseDataResult {
    /// `custom_origin_server`
    pub custom_origin_server: String,
    /// `hostname`
    pub hostname: String,
    /// `id`
    pub id: String,
    /// `ownership_verification`
    pub ownership_verification: UpdateCustomHostnameResponseDataResultOwnershipVerification,
    /// `ssl`
    pub ssl: UpdateCustomHostnameResponseDataResultSsl,
    /// `status`
    pub status: String,
    /// `verification_errors`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_errors: Option<Vec<String>>,
}

/// `UpdateCustomHostnameResponseDataResultOwnershipVerification`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result/properties/ownership_verification`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateCustomHostnameResponseDataResultOwnershipVerification {
    /// `name`
    pub name: String,
    /// `type`
    pub r#type: String,
    /// `value`
    pub value: String,
}

/// `UpdateCustomHostnameResponseDataResultSsl`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result/properties/ssl`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateCustomHostnameResponseDataResultSsl {
    /// `status`
    pub status: String,
    /// `validation_errors`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation_errors: Option<
        Vec<UpdateCustomHostnameResponseDataResultSslValidationErrorsItem>,
    >,
    /// `validation_records`
    pub validation_records: Vec<
        UpdateCustomHostnameResponseDataResultSslValidationRecordsItem,
    >,
}

/// `UpdateCustomHostnameResponseDataResultSslValidationErrorsItem`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result/properties/ssl/properties/validation_errors/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateCustomHostnameResponseDataResultSslValidationErrorsItem {
    /// `message`
    pub message: String,
}

/// `UpdateCustomHostnameResponseDataResultSslValidationRecordsItem`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result/properties/ssl/properties/validation_records/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateCustomHostnameResponseDataResultSslValidationRecordsItem {
    /// `txt_name`
    pub txt_name: String,
    /// `txt_value`
    pub txt_value: String,
}

/// `UpdateCustomHostnameResponseStatus`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateCustomHostnameResponseStatus {
    /// `1_not_started`
    V1NotStarted,
    /// `2_initiated`
    V2Initiated,
    /// `3_challenge_verified`
    V3ChallengeVerified,
    /// `4_origin_setup_completed`
    V4OriginSetupCompleted,
    /// `5_services_reconfigured`
    V5ServicesReconfigured,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl UpdateCustomHostnameResponseStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1NotStarted => "1_not_started",
            Self::V2Initiated => "2_initiated",
            Self::V3ChallengeVerified => "3_challenge_verified",
            Self::V4OriginSetupCompleted => "4_origin_setup_completed",
            Self::V5ServicesReconfigured => "5_services_reconfigured",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateCustomHostnameResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "1_not_started" => Self::V1NotStarted,
            "2_initiated" => Self::V2Initiated,
            "3_challenge_verified" => Self::V3ChallengeVerified,
            "4_origin_setup_completed" => Self::V4OriginSetupCompleted,
            "5_services_reconfigured" => Self::V5ServicesReconfigured,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for UpdateCustomHostnameResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateCustomHostnameResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateCustomHostnameResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
