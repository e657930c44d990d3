//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types declared inline in operations (their parameters, bodies and responses).

crate::runtime::open_enum! {
    /// Schema: `DELETE /v1/projects/{ref}/billing/addons/{addon_variant} parameters[1]`
    #[allow(missing_docs)]
    pub enum RemoveProjectAddonAddonVariant {
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
