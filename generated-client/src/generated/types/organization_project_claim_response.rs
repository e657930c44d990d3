//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OrganizationProjectClaimResponse`.

crate::runtime::object! {
    /// Schema: `OrganizationProjectClaimResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct OrganizationProjectClaimResponse {
        #[wire(required)]
        pub created_at: String,
        #[wire(required)]
        pub created_by: crate::runtime::uuid::Uuid,
        #[wire(required)]
        pub expires_at: String,
        #[wire(required)]
        pub preview: OrganizationProjectClaimResponsePreview,
        #[wire(required)]
        pub project: OrganizationProjectClaimResponseProject,
    }
}

crate::runtime::object! {
    /// Schema: `OrganizationProjectClaimResponse.preview`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct OrganizationProjectClaimResponsePreview {
        #[wire(required)]
        pub errors: Vec<OrganizationProjectClaimResponsePreviewErrorsItem>,
        #[wire(required)]
        pub info: Vec<OrganizationProjectClaimResponsePreviewInfoItem>,
        #[wire(required)]
        pub members_exceeding_free_project_limit: Vec<
            OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem,
        >,
        #[wire(required)]
        pub source_subscription_plan: OrganizationProjectClaimResponsePreviewSourceSubscriptionPlan,
        #[wire(required)]
        pub target_subscription_plan: Option<
            OrganizationProjectClaimResponsePreviewTargetSubscriptionPlan,
        >,
        #[wire(required)]
        pub valid: bool,
        #[wire(required)]
        pub warnings: Vec<OrganizationProjectClaimResponsePreviewWarningsItem>,
    }
}

crate::runtime::object! {
    /// Schema: `OrganizationProjectClaimResponse.preview.errors[]`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct OrganizationProjectClaimResponsePreviewErrorsItem {
        #[wire(required)]
        pub key: String,
        #[wire(required)]
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
    /// Schema: `OrganizationProjectClaimResponse.preview.info[]`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct OrganizationProjectClaimResponsePreviewInfoItem {
        #[wire(required)]
        pub key: String,
        #[wire(required)]
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
    /// Schema: `OrganizationProjectClaimResponse.preview.members_exceeding_free_project_limit[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct OrganizationProjectClaimResponsePreviewMembersExceedingFreeProjectLimitItem {
        #[wire(required)]
        pub limit: f64,
        #[wire(required)]
        pub name: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `OrganizationProjectClaimResponse.preview.source_subscription_plan`
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
    /// Schema: `OrganizationProjectClaimResponse.preview.target_subscription_plan`
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
    /// Schema: `OrganizationProjectClaimResponse.preview.warnings[]`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct OrganizationProjectClaimResponsePreviewWarningsItem {
        #[wire(required)]
        pub key: String,
        #[wire(required)]
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
    /// Schema: `OrganizationProjectClaimResponse.project`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct OrganizationProjectClaimResponseProject {
        #[wire(required)]
        pub name: String,
        #[wire("ref", required)]
        pub ref_: String,
    }
}
