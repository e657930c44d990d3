//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OrganizationProjectClaimResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/OrganizationProjectClaimResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct OrganizationProjectClaimResponse {
        pub created_at: String,
        pub created_by: crate::runtime::uuid::Uuid,
        pub expires_at: String,
        pub preview: OrganizationProjectClaimResponsePreview,
        pub project: OrganizationProjectClaimResponseProject,
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/preview`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct OrganizationProjectClaimResponsePreview {
        pub errors: Vec<OrganizationProjectClaimResponsePreviewErrorsItem>,
        pub info: Vec<OrganizationProjectClaimResponsePreviewInfoItem>,
        pub members_exceeding_free_project_limit: Vec<
            OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem,
        >,
        pub source_subscription_plan: OrganizationProjectClaimResponsePreviewSourceSubscriptionPlan,
        #[wire(required)]
        pub target_subscription_plan: Option<
            OrganizationProjectClaimResponsePreviewTargetSubscriptionPlan,
        >,
        pub valid: bool,
        pub warnings: Vec<OrganizationProjectClaimResponsePreviewWarningsItem>,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/errors/items`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    pub struct OrganizationProjectClaimResponsePreviewErrorsItem {
        pub key: String,
        pub message: String,
    }
}

impl std::fmt::Debug for OrganizationProjectClaimResponsePreviewErrorsItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OrganizationProjectClaimResponsePreviewErrorsItem")
            .field("key", &format_args!("[redacted]"))
            .field("message", &self.message)
            .finish()
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/info/items`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    pub struct OrganizationProjectClaimResponsePreviewInfoItem {
        pub key: String,
        pub message: String,
    }
}

impl std::fmt::Debug for OrganizationProjectClaimResponsePreviewInfoItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OrganizationProjectClaimResponsePreviewInfoItem")
            .field("key", &format_args!("[redacted]"))
            .field("message", &self.message)
            .finish()
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/members_exceeding_free_project_limit/items`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem {
        pub limit: f64,
        pub name: String,
    }
}

crate::runtime::open_enum! {
    /// Schema:
    /// `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/source_subscription_plan`
    #[allow(missing_docs)]
    pub enum OrganizationProjectClaimResponsePreviewSourceSubscriptionPlan {
        Free = "free",
        Pro = "pro",
        Team = "team",
        Enterprise = "enterprise",
        Platform = "platform",
    }
}

crate::runtime::open_enum! {
    /// Schema:
    /// `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/target_subscription_plan`
    #[allow(missing_docs)]
    pub enum OrganizationProjectClaimResponsePreviewTargetSubscriptionPlan {
        Free = "free",
        Pro = "pro",
        Team = "team",
        Enterprise = "enterprise",
        Platform = "platform",
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/OrganizationProjectClaimResponse/properties/preview/properties/warnings/items`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    pub struct OrganizationProjectClaimResponsePreviewWarningsItem {
        pub key: String,
        pub message: String,
    }
}

impl std::fmt::Debug for OrganizationProjectClaimResponsePreviewWarningsItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OrganizationProjectClaimResponsePreviewWarningsItem")
            .field("key", &format_args!("[redacted]"))
            .field("message", &self.message)
            .finish()
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/OrganizationProjectClaimResponse/properties/project`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct OrganizationProjectClaimResponseProject {
        pub name: String,
        #[wire("ref")]
        pub ref_: String,
    }
}
