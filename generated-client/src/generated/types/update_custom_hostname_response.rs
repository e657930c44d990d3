//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateCustomHostnameResponse`.

use serde::{Deserialize, Serialize};

/// `UpdateCustomHostnameResponse`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateCustomHostnameResponse {
    /// `custom_hostname`
    pub custom_hostname: String,
    /// `data`
    pub data: UpdateCustomHostnameResponseData,
    /// `status`
    pub status: UpdateCustomHostnameResponseStatus,
}

impl<'de> Deserialize<'de> for UpdateCustomHostnameResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateCustomHostnameResponse {
    const EXPECTING: &'static str = "struct UpdateCustomHostnameResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<UpdateCustomHostnameResponseData> = None;
        let mut field_2: Option<UpdateCustomHostnameResponseStatus> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "custom_hostname" => map.fill(&mut field_0),
                "data" => map.fill(&mut field_1),
                "status" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateCustomHostnameResponse {
            custom_hostname: crate::runtime::required(field_0, "custom_hostname")?,
            data: crate::runtime::required(field_1, "data")?,
            status: crate::runtime::required(field_2, "status")?,
        })
    }
}

/// `UpdateCustomHostnameResponseData`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data`
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for UpdateCustomHostnameResponseData {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateCustomHostnameResponseData {
    const EXPECTING: &'static str = "struct UpdateCustomHostnameResponseData";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Vec<serde_json::Value>> = None;
        let mut field_1: Option<Vec<serde_json::Value>> = None;
        let mut field_2: Option<UpdateCustomHostnameResponseDataResult> = None;
        let mut field_3: Option<bool> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "errors" => map.fill(&mut field_0),
                "messages" => map.fill(&mut field_1),
                "result" => map.fill(&mut field_2),
                "success" => map.fill(&mut field_3),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateCustomHostnameResponseData {
            errors: crate::runtime::required(field_0, "errors")?,
            messages: crate::runtime::required(field_1, "messages")?,
            result: crate::runtime::required(field_2, "result")?,
            success: crate::runtime::required(field_3, "success")?,
        })
    }
}

/// `UpdateCustomHostnameResponseDataResult`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result`
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for UpdateCustomHostnameResponseDataResult {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateCustomHostnameResponseDataResult {
    const EXPECTING: &'static str = "struct UpdateCustomHostnameResponseDataResult";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<
            UpdateCustomHostnameResponseDataResultOwnershipVerification,
        > = None;
        let mut field_4: Option<UpdateCustomHostnameResponseDataResultSsl> = None;
        let mut field_5: Option<String> = None;
        let mut field_6: Option<Option<Vec<String>>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "custom_origin_server" => map.fill(&mut field_0),
                "hostname" => map.fill(&mut field_1),
                "id" => map.fill(&mut field_2),
                "ownership_verification" => map.fill(&mut field_3),
                "ssl" => map.fill(&mut field_4),
                "status" => map.fill(&mut field_5),
                "verification_errors" => map.fill(&mut field_6),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateCustomHostnameResponseDataResult {
            custom_origin_server: crate::runtime::required(
                field_0,
                "custom_origin_server",
            )?,
            hostname: crate::runtime::required(field_1, "hostname")?,
            id: crate::runtime::required(field_2, "id")?,
            ownership_verification: crate::runtime::required(
                field_3,
                "ownership_verification",
            )?,
            ssl: crate::runtime::required(field_4, "ssl")?,
            status: crate::runtime::required(field_5, "status")?,
            verification_errors: Option::flatten(field_6),
        })
    }
}

/// `UpdateCustomHostnameResponseDataResultOwnershipVerification`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result/properties/ownership_verification`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateCustomHostnameResponseDataResultOwnershipVerification {
    /// `name`
    pub name: String,
    /// `type`
    pub r#type: String,
    /// `value`
    pub value: String,
}

impl<'de> Deserialize<'de>
for UpdateCustomHostnameResponseDataResultOwnershipVerification {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for UpdateCustomHostnameResponseDataResultOwnershipVerification {
    const EXPECTING: &'static str = "struct UpdateCustomHostnameResponseDataResultOwnershipVerification";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "name" => map.fill(&mut field_0),
                "type" => map.fill(&mut field_1),
                "value" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateCustomHostnameResponseDataResultOwnershipVerification {
            name: crate::runtime::required(field_0, "name")?,
            r#type: crate::runtime::required(field_1, "type")?,
            value: crate::runtime::required(field_2, "value")?,
        })
    }
}

/// `UpdateCustomHostnameResponseDataResultSsl`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result/properties/ssl`
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for UpdateCustomHostnameResponseDataResultSsl {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateCustomHostnameResponseDataResultSsl {
    const EXPECTING: &'static str = "struct UpdateCustomHostnameResponseDataResultSsl";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<
            Option<Vec<UpdateCustomHostnameResponseDataResultSslValidationErrorsItem>>,
        > = None;
        let mut field_2: Option<
            Vec<UpdateCustomHostnameResponseDataResultSslValidationRecordsItem>,
        > = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "status" => map.fill(&mut field_0),
                "validation_errors" => map.fill(&mut field_1),
                "validation_records" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateCustomHostnameResponseDataResultSsl {
            status: crate::runtime::required(field_0, "status")?,
            validation_errors: Option::flatten(field_1),
            validation_records: crate::runtime::required(field_2, "validation_records")?,
        })
    }
}

/// `UpdateCustomHostnameResponseDataResultSslValidationErrorsItem`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result/properties/ssl/properties/validation_errors/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateCustomHostnameResponseDataResultSslValidationErrorsItem {
    /// `message`
    pub message: String,
}

impl<'de> Deserialize<'de>
for UpdateCustomHostnameResponseDataResultSslValidationErrorsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for UpdateCustomHostnameResponseDataResultSslValidationErrorsItem {
    const EXPECTING: &'static str = "struct UpdateCustomHostnameResponseDataResultSslValidationErrorsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "message" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateCustomHostnameResponseDataResultSslValidationErrorsItem {
            message: crate::runtime::required(field_0, "message")?,
        })
    }
}

/// `UpdateCustomHostnameResponseDataResultSslValidationRecordsItem`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result/properties/ssl/properties/validation_records/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateCustomHostnameResponseDataResultSslValidationRecordsItem {
    /// `txt_name`
    pub txt_name: String,
    /// `txt_value`
    pub txt_value: String,
}

impl<'de> Deserialize<'de>
for UpdateCustomHostnameResponseDataResultSslValidationRecordsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields
for UpdateCustomHostnameResponseDataResultSslValidationRecordsItem {
    const EXPECTING: &'static str = "struct UpdateCustomHostnameResponseDataResultSslValidationRecordsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "txt_name" => map.fill(&mut field_0),
                "txt_value" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateCustomHostnameResponseDataResultSslValidationRecordsItem {
            txt_name: crate::runtime::required(field_0, "txt_name")?,
            txt_value: crate::runtime::required(field_1, "txt_value")?,
        })
    }
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
