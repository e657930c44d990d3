//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ApplyProjectAddonBody`.

crate::runtime::object! {
    /// Schema: `ApplyProjectAddonBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ApplyProjectAddonBody {
        #[wire(required)]
        pub addon_type: ApplyProjectAddonBodyAddonType,
        #[wire(required)]
        pub addon_variant: ApplyProjectAddonBodyAddonVariant,
    }
}

crate::runtime::open_enum! {
    /// Schema: `ApplyProjectAddonBody.addon_type`
    #[allow(missing_docs)]
    pub enum ApplyProjectAddonBodyAddonType {
        CustomDomain = "custom_domain",
        ComputeInstance = "compute_instance",
        Pitr = "pitr",
        Ipv4 = "ipv4",
        AuthMfaPhone = "auth_mfa_phone",
        AuthMfaWebAuthn = "auth_mfa_web_authn",
        LogDrain = "log_drain",
    }
}

crate::runtime::open_enum! {
    /// Schema: `ApplyProjectAddonBody.addon_variant`
    #[allow(missing_docs)]
    pub enum ApplyProjectAddonBodyAddonVariant {
        CiMicro = "ci_micro",
        CiSmall = "ci_small",
        CiMedium = "ci_medium",
        CiLarge = "ci_large",
        CiXlarge = "ci_xlarge",
        Ci2xlarge = "ci_2xlarge",
        Ci4xlarge = "ci_4xlarge",
        Ci8xlarge = "ci_8xlarge",
        Ci12xlarge = "ci_12xlarge",
        Ci16xlarge = "ci_16xlarge",
        Ci24xlarge = "ci_24xlarge",
        Ci24xlargeOptimizedCpu = "ci_24xlarge_optimized_cpu",
        Ci24xlargeOptimizedMemory = "ci_24xlarge_optimized_memory",
        Ci24xlargeHighMemory = "ci_24xlarge_high_memory",
        Ci48xlarge = "ci_48xlarge",
        Ci48xlargeOptimizedCpu = "ci_48xlarge_optimized_cpu",
        Ci48xlargeOptimizedMemory = "ci_48xlarge_optimized_memory",
        Ci48xlargeHighMemory = "ci_48xlarge_high_memory",
        CdDefault = "cd_default",
        Pitr7 = "pitr_7",
        Pitr14 = "pitr_14",
        Pitr28 = "pitr_28",
        Ipv4Default = "ipv4_default",
    }
}
