//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateCustomHostnameResponse`.

use serde::{Deserialize, Serialize};

/// `UpdateCustomHostnameResponse`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateCustomHostnameResponse {
    /// `custom_hostname`
    pub custom_hostname: String,
    /// `data`
    pub data: UpdateCustomHostnameResponseData,
    /// `status`
    pub status: UpdateCustomHostnameResponseStatus,
}

impl crate::runtime::ToFields for UpdateCustomHostnameResponse {
    const NAME: &'static str = "UpdateCustomHostnameResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("custom_hostname", &self.custom_hostname)
            .field("data", &self.data)
            .field("status", &self.status)
    }
}

impl crate::runtime::FromFields for UpdateCustomHostnameResponse {
    const EXPECTING: &'static str = "struct UpdateCustomHostnameResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut custom_hostname: Option<String> = None;
        let mut data: Option<UpdateCustomHostnameResponseData> = None;
        let mut status: Option<UpdateCustomHostnameResponseStatus> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "custom_hostname" => __map.fill(&mut custom_hostname),
                "data" => __map.fill(&mut data),
                "status" => __map.fill(&mut status),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateCustomHostnameResponse {
            custom_hostname: crate::runtime::required(
                custom_hostname,
                "custom_hostname",
            )?,
            data: crate::runtime::required(data, "data")?,
            status: crate::runtime::required(status, "status")?,
        })
    }
}
crate::runtime::object_serde!(UpdateCustomHostnameResponse);

/// `UpdateCustomHostnameResponseData`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data`
#[derive(Debug, Clone, PartialEq)]
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

impl crate::runtime::ToFields for UpdateCustomHostnameResponseData {
    const NAME: &'static str = "UpdateCustomHostnameResponseData";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("errors", &self.errors)
            .field("messages", &self.messages)
            .field("result", &self.result)
            .field("success", &self.success)
    }
}

impl crate::runtime::FromFields for UpdateCustomHostnameResponseData {
    const EXPECTING: &'static str = "struct UpdateCustomHostnameResponseData";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut errors: Option<Vec<serde_json::Value>> = None;
        let mut messages: Option<Vec<serde_json::Value>> = None;
        let mut result: Option<UpdateCustomHostnameResponseDataResult> = None;
        let mut success: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "errors" => __map.fill(&mut errors),
                "messages" => __map.fill(&mut messages),
                "result" => __map.fill(&mut result),
                "success" => __map.fill(&mut success),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateCustomHostnameResponseData {
            errors: crate::runtime::required(errors, "errors")?,
            messages: crate::runtime::required(messages, "messages")?,
            result: crate::runtime::required(result, "result")?,
            success: crate::runtime::required(success, "success")?,
        })
    }
}
crate::runtime::object_serde!(UpdateCustomHostnameResponseData);

/// `UpdateCustomHostnameResponseDataResult`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result`
#[derive(Debug, Clone, PartialEq)]
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
    pub verification_errors: Option<Vec<String>>,
}

impl crate::runtime::ToFields for UpdateCustomHostnameResponseDataResult {
    const NAME: &'static str = "UpdateCustomHostnameResponseDataResult";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("custom_origin_server", &self.custom_origin_server)
            .field("hostname", &self.hostname)
            .field("id", &self.id)
            .field("ownership_verification", &self.ownership_verification)
            .field("ssl", &self.ssl)
            .field("status", &self.status)
            .optional("verification_errors", &self.verification_errors)
    }
}

impl crate::runtime::FromFields for UpdateCustomHostnameResponseDataResult {
    const EXPECTING: &'static str = "struct UpdateCustomHostnameResponseDataResult";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut custom_origin_server: Option<String> = None;
        let mut hostname: Option<String> = None;
        let mut id: Option<String> = None;
        let mut ownership_verification: Option<
            UpdateCustomHostnameResponseDataResultOwnershipVerification,
        > = None;
        let mut ssl: Option<UpdateCustomHostnameResponseDataResultSsl> = None;
        let mut status: Option<String> = None;
        let mut verification_errors: Option<Vec<String>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "custom_origin_server" => __map.fill(&mut custom_origin_server),
                "hostname" => __map.fill(&mut hostname),
                "id" => __map.fill(&mut id),
                "ownership_verification" => __map.fill(&mut ownership_verification),
                "ssl" => __map.fill(&mut ssl),
                "status" => __map.fill(&mut status),
                "verification_errors" => __map.set(&mut verification_errors),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateCustomHostnameResponseDataResult {
            custom_origin_server: crate::runtime::required(
                custom_origin_server,
                "custom_origin_server",
            )?,
            hostname: crate::runtime::required(hostname, "hostname")?,
            id: crate::runtime::required(id, "id")?,
            ownership_verification: crate::runtime::required(
                ownership_verification,
                "ownership_verification",
            )?,
            ssl: crate::runtime::required(ssl, "ssl")?,
            status: crate::runtime::required(status, "status")?,
            verification_errors,
        })
    }
}
crate::runtime::object_serde!(UpdateCustomHostnameResponseDataResult);

/// `UpdateCustomHostnameResponseDataResultOwnershipVerification`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result/properties/ownership_verification`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateCustomHostnameResponseDataResultOwnershipVerification {
    /// `name`
    pub name: String,
    /// `type`
    pub type_: String,
    /// `value`
    pub value: String,
}

impl crate::runtime::ToFields
for UpdateCustomHostnameResponseDataResultOwnershipVerification {
    const NAME: &'static str = "UpdateCustomHostnameResponseDataResultOwnershipVerification";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("name", &self.name)
            .field("type", &self.type_)
            .field("value", &self.value)
    }
}

impl crate::runtime::FromFields
for UpdateCustomHostnameResponseDataResultOwnershipVerification {
    const EXPECTING: &'static str = "struct UpdateCustomHostnameResponseDataResultOwnershipVerification";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut name: Option<String> = None;
        let mut type_: Option<String> = None;
        let mut value: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "name" => __map.fill(&mut name),
                "type" => __map.fill(&mut type_),
                "value" => __map.fill(&mut value),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateCustomHostnameResponseDataResultOwnershipVerification {
            name: crate::runtime::required(name, "name")?,
            type_: crate::runtime::required(type_, "type")?,
            value: crate::runtime::required(value, "value")?,
        })
    }
}
crate::runtime::object_serde!(
    UpdateCustomHostnameResponseDataResultOwnershipVerification
);

/// `UpdateCustomHostnameResponseDataResultSsl`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result/properties/ssl`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateCustomHostnameResponseDataResultSsl {
    /// `status`
    pub status: String,
    /// `validation_errors`
    pub validation_errors: Option<
        Vec<UpdateCustomHostnameResponseDataResultSslValidationErrorsItem>,
    >,
    /// `validation_records`
    pub validation_records: Vec<
        UpdateCustomHostnameResponseDataResultSslValidationRecordsItem,
    >,
}

impl crate::runtime::ToFields for UpdateCustomHostnameResponseDataResultSsl {
    const NAME: &'static str = "UpdateCustomHostnameResponseDataResultSsl";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("status", &self.status)
            .optional("validation_errors", &self.validation_errors)
            .field("validation_records", &self.validation_records)
    }
}

impl crate::runtime::FromFields for UpdateCustomHostnameResponseDataResultSsl {
    const EXPECTING: &'static str = "struct UpdateCustomHostnameResponseDataResultSsl";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut status: Option<String> = None;
        let mut validation_errors: Option<
            Vec<UpdateCustomHostnameResponseDataResultSslValidationErrorsItem>,
        > = None;
        let mut validation_records: Option<
            Vec<UpdateCustomHostnameResponseDataResultSslValidationRecordsItem>,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "status" => __map.fill(&mut status),
                "validation_errors" => __map.set(&mut validation_errors),
                "validation_records" => __map.fill(&mut validation_records),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateCustomHostnameResponseDataResultSsl {
            status: crate::runtime::required(status, "status")?,
            validation_errors,
            validation_records: crate::runtime::required(
                validation_records,
                "validation_records",
            )?,
        })
    }
}
crate::runtime::object_serde!(UpdateCustomHostnameResponseDataResultSsl);

/// `UpdateCustomHostnameResponseDataResultSslValidationErrorsItem`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result/properties/ssl/properties/validation_errors/items`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateCustomHostnameResponseDataResultSslValidationErrorsItem {
    /// `message`
    pub message: String,
}

impl crate::runtime::ToFields
for UpdateCustomHostnameResponseDataResultSslValidationErrorsItem {
    const NAME: &'static str = "UpdateCustomHostnameResponseDataResultSslValidationErrorsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("message", &self.message)
    }
}

impl crate::runtime::FromFields
for UpdateCustomHostnameResponseDataResultSslValidationErrorsItem {
    const EXPECTING: &'static str = "struct UpdateCustomHostnameResponseDataResultSslValidationErrorsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut message: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "message" => __map.fill(&mut message),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateCustomHostnameResponseDataResultSslValidationErrorsItem {
            message: crate::runtime::required(message, "message")?,
        })
    }
}
crate::runtime::object_serde!(
    UpdateCustomHostnameResponseDataResultSslValidationErrorsItem
);

/// `UpdateCustomHostnameResponseDataResultSslValidationRecordsItem`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result/properties/ssl/properties/validation_records/items`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateCustomHostnameResponseDataResultSslValidationRecordsItem {
    /// `txt_name`
    pub txt_name: String,
    /// `txt_value`
    pub txt_value: String,
}

impl crate::runtime::ToFields
for UpdateCustomHostnameResponseDataResultSslValidationRecordsItem {
    const NAME: &'static str = "UpdateCustomHostnameResponseDataResultSslValidationRecordsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("txt_name", &self.txt_name).field("txt_value", &self.txt_value)
    }
}

impl crate::runtime::FromFields
for UpdateCustomHostnameResponseDataResultSslValidationRecordsItem {
    const EXPECTING: &'static str = "struct UpdateCustomHostnameResponseDataResultSslValidationRecordsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut txt_name: Option<String> = None;
        let mut txt_value: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "txt_name" => __map.fill(&mut txt_name),
                "txt_value" => __map.fill(&mut txt_value),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateCustomHostnameResponseDataResultSslValidationRecordsItem {
            txt_name: crate::runtime::required(txt_name, "txt_name")?,
            txt_value: crate::runtime::required(txt_value, "txt_value")?,
        })
    }
}
crate::runtime::object_serde!(
    UpdateCustomHostnameResponseDataResultSslValidationRecordsItem
);

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
