//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateCustomHostnameResponse`.

crate::runtime::object! {
    /// Schema: `UpdateCustomHostnameResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateCustomHostnameResponse {
        #[wire(required)]
        pub custom_hostname: String,
        #[wire(required)]
        pub data: UpdateCustomHostnameResponseData,
        #[wire(required)]
        pub status: UpdateCustomHostnameResponseStatus,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateCustomHostnameResponse.data`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateCustomHostnameResponseData {
        #[wire(required)]
        pub errors: Vec<serde_json::Value>,
        #[wire(required)]
        pub messages: Vec<serde_json::Value>,
        #[wire(required)]
        pub result: UpdateCustomHostnameResponseDataResult,
        #[wire(required)]
        pub success: bool,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateCustomHostnameResponse.data.result`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateCustomHostnameResponseDataResult {
        #[wire(required)]
        pub custom_origin_server: String,
        #[wire(required)]
        pub hostname: String,
        #[wire(required)]
        pub id: String,
        #[wire(required)]
        pub ownership_verification: UpdateCustomHostnameResponseDataResultOwnershipVerification,
        #[wire(required)]
        pub ssl: UpdateCustomHostnameResponseDataResultSsl,
        #[wire(required)]
        pub status: String,
        pub verification_errors: Option<Vec<String>>,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateCustomHostnameResponse.data.result.ownership_verification`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateCustomHostnameResponseDataResultOwnershipVerification {
        #[wire(required)]
        pub name: String,
        #[wire("type", required)]
        pub type_: String,
        #[wire(required)]
        pub value: String,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateCustomHostnameResponse.data.result.ssl`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateCustomHostnameResponseDataResultSsl {
        #[wire(required)]
        pub status: String,
        pub validation_errors: Option<
            Vec<UpdateCustomHostnameResponseDataResultSslValidationErrorsItem>,
        >,
        #[wire(required)]
        pub validation_records: Vec<
            UpdateCustomHostnameResponseDataResultSslValidationRecordsItem,
        >,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateCustomHostnameResponse.data.result.ssl.validation_errors[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateCustomHostnameResponseDataResultSslValidationErrorsItem {
        #[wire(required)]
        pub message: String,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateCustomHostnameResponse.data.result.ssl.validation_records[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateCustomHostnameResponseDataResultSslValidationRecordsItem {
        #[wire(required)]
        pub txt_name: String,
        #[wire(required)]
        pub txt_value: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `UpdateCustomHostnameResponse.status`
    #[allow(missing_docs)]
    pub enum UpdateCustomHostnameResponseStatus {
        V1NotStarted = "1_not_started",
        V2Initiated = "2_initiated",
        V3ChallengeVerified = "3_challenge_verified",
        V4OriginSetupCompleted = "4_origin_setup_completed",
        V5ServicesReconfigured = "5_services_reconfigured",
    }
}
