//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateCustomHostnameResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/UpdateCustomHostnameResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateCustomHostnameResponse {
        pub custom_hostname: String,
        pub data: UpdateCustomHostnameResponseData,
        pub status: UpdateCustomHostnameResponseStatus,
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/data`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateCustomHostnameResponseData {
        pub errors: Vec<serde_json::Value>,
        pub messages: Vec<serde_json::Value>,
        pub result: UpdateCustomHostnameResponseDataResult,
        pub success: bool,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateCustomHostnameResponseDataResult {
        pub custom_origin_server: String,
        pub hostname: String,
        pub id: String,
        pub ownership_verification: UpdateCustomHostnameResponseDataResultOwnershipVerification,
        pub ssl: UpdateCustomHostnameResponseDataResultSsl,
        pub status: String,
        pub verification_errors: Option<Vec<String>>,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result/properties/ownership_verification`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateCustomHostnameResponseDataResultOwnershipVerification {
        pub name: String,
        #[wire("type")]
        pub type_: String,
        pub value: String,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result/properties/ssl`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateCustomHostnameResponseDataResultSsl {
        pub status: String,
        pub validation_errors: Option<
            Vec<UpdateCustomHostnameResponseDataResultSslValidationErrorsItem>,
        >,
        pub validation_records: Vec<
            UpdateCustomHostnameResponseDataResultSslValidationRecordsItem,
        >,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result/properties/ssl/properties/validation_errors/items`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateCustomHostnameResponseDataResultSslValidationErrorsItem {
        pub message: String,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/UpdateCustomHostnameResponse/properties/data/properties/result/properties/ssl/properties/validation_records/items`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateCustomHostnameResponseDataResultSslValidationRecordsItem {
        pub txt_name: String,
        pub txt_value: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/UpdateCustomHostnameResponse/properties/status`
    #[allow(missing_docs)]
    pub enum UpdateCustomHostnameResponseStatus {
        V1NotStarted = "1_not_started",
        V2Initiated = "2_initiated",
        V3ChallengeVerified = "3_challenge_verified",
        V4OriginSetupCompleted = "4_origin_setup_completed",
        V5ServicesReconfigured = "5_services_reconfigured",
    }
}
