//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1OrganizationSlugResponse`.

crate::runtime::object! {
    /// Schema: `V1OrganizationSlugResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1OrganizationSlugResponse {
        #[wire(required)]
        pub allowed_release_channels: Vec<
            V1OrganizationSlugResponseAllowedReleaseChannelsItem,
        >,
        #[wire(required)]
        pub id: String,
        #[wire(required)]
        pub name: String,
        #[wire(required)]
        pub opt_in_tags: Vec<V1OrganizationSlugResponseOptInTagsItem>,
        pub plan: Option<V1OrganizationSlugResponsePlan>,
    }
}

crate::runtime::open_enum! {
    /// Schema: `V1OrganizationSlugResponse.allowed_release_channels[]`
    #[allow(missing_docs)]
    pub enum V1OrganizationSlugResponseAllowedReleaseChannelsItem {
        Internal = "internal",
        Alpha = "alpha",
        Beta = "beta",
        Ga = "ga",
        Withdrawn = "withdrawn",
        Preview = "preview",
    }
}

crate::runtime::open_enum! {
    /// Schema: `V1OrganizationSlugResponse.opt_in_tags[]`
    #[allow(missing_docs)]
    pub enum V1OrganizationSlugResponseOptInTagsItem {
        AiSqlGeneratorOptIn = "AI_SQL_GENERATOR_OPT_IN",
        AiDataGeneratorOptIn = "AI_DATA_GENERATOR_OPT_IN",
        AiLogGeneratorOptIn = "AI_LOG_GENERATOR_OPT_IN",
    }
}

crate::runtime::open_enum! {
    /// Schema: `V1OrganizationSlugResponse.plan`
    #[allow(missing_docs)]
    pub enum V1OrganizationSlugResponsePlan {
        Free = "free",
        Pro = "pro",
        Team = "team",
        Enterprise = "enterprise",
        Platform = "platform",
    }
}
