//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ListProjectAddonsResponse`.

crate::runtime::object! {
    /// Schema: `ListProjectAddonsResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListProjectAddonsResponse {
        #[wire(required)]
        pub available_addons: Vec<ListProjectAddonsResponseAvailableAddonsItem>,
        #[wire(required)]
        pub selected_addons: Vec<ListProjectAddonsResponseSelectedAddonsItem>,
    }
}

crate::runtime::object! {
    /// Schema: `ListProjectAddonsResponse.available_addons[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListProjectAddonsResponseAvailableAddonsItem {
        #[wire(required)]
        pub name: String,
        #[wire("type", required)]
        pub type_: ListProjectAddonsResponseAvailableAddonsItemType,
        #[wire(required)]
        pub variants: Vec<ListProjectAddonsResponseAvailableAddonsItemVariantsItem>,
    }
}

crate::runtime::open_enum! {
    /// Schema: `ListProjectAddonsResponse.available_addons[].type`
    #[allow(missing_docs)]
    pub enum ListProjectAddonsResponseAvailableAddonsItemType {
        CustomDomain = "custom_domain",
        ComputeInstance = "compute_instance",
        Pitr = "pitr",
        Ipv4 = "ipv4",
        AuthMfaPhone = "auth_mfa_phone",
        AuthMfaWebAuthn = "auth_mfa_web_authn",
        LogDrain = "log_drain",
    }
}

crate::runtime::object! {
    /// Schema: `ListProjectAddonsResponse.available_addons[].variants[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListProjectAddonsResponseAvailableAddonsItemVariantsItem {
        #[wire(required)]
        pub id: ListProjectAddonsResponseAvailableAddonsItemVariantsItemId,
        /// Any JSON-serializable value
        pub meta: Option<serde_json::Value>,
        #[wire(required)]
        pub name: String,
        #[wire(required)]
        pub price: ListProjectAddonsResponseAvailableAddonsItemVariantsItemPrice,
    }
}

crate::runtime::open_enum! {
    /// Schema: `ListProjectAddonsResponse.available_addons[].variants[].id`
    #[allow(missing_docs)]
    pub enum ListProjectAddonsResponseAvailableAddonsItemVariantsItemId {
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
        AuthMfaPhoneDefault = "auth_mfa_phone_default",
        AuthMfaWebAuthnDefault = "auth_mfa_web_authn_default",
        LogDrainDefault = "log_drain_default",
    }
}

crate::runtime::object! {
    /// Schema: `ListProjectAddonsResponse.available_addons[].variants[].price`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListProjectAddonsResponseAvailableAddonsItemVariantsItemPrice {
        #[wire(required)]
        pub amount: f64,
        #[wire(required)]
        pub description: String,
        #[wire(required)]
        pub interval: ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceInterval,
        #[wire("type", required)]
        pub type_: ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceType,
    }
}

crate::runtime::open_enum! {
    /// Schema: `ListProjectAddonsResponse.available_addons[].variants[].price.interval`
    #[allow(missing_docs)]
    pub enum ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceInterval {
        Monthly = "monthly",
        Hourly = "hourly",
    }
}

crate::runtime::open_enum! {
    /// Schema: `ListProjectAddonsResponse.available_addons[].variants[].price.type`
    #[allow(missing_docs)]
    pub enum ListProjectAddonsResponseAvailableAddonsItemVariantsItemPriceType {
        Fixed = "fixed",
        Usage = "usage",
    }
}

crate::runtime::object! {
    /// Schema: `ListProjectAddonsResponse.selected_addons[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListProjectAddonsResponseSelectedAddonsItem {
        #[wire("type", required)]
        pub type_: ListProjectAddonsResponseSelectedAddonsItemType,
        #[wire(required)]
        pub variant: ListProjectAddonsResponseSelectedAddonsItemVariant,
    }
}

crate::runtime::open_enum! {
    /// Schema: `ListProjectAddonsResponse.selected_addons[].type`
    #[allow(missing_docs)]
    pub enum ListProjectAddonsResponseSelectedAddonsItemType {
        CustomDomain = "custom_domain",
        ComputeInstance = "compute_instance",
        Pitr = "pitr",
        Ipv4 = "ipv4",
        AuthMfaPhone = "auth_mfa_phone",
        AuthMfaWebAuthn = "auth_mfa_web_authn",
        LogDrain = "log_drain",
    }
}

crate::runtime::object! {
    /// Schema: `ListProjectAddonsResponse.selected_addons[].variant`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListProjectAddonsResponseSelectedAddonsItemVariant {
        #[wire(required)]
        pub id: ListProjectAddonsResponseSelectedAddonsItemVariantId,
        /// Any JSON-serializable value
        pub meta: Option<serde_json::Value>,
        #[wire(required)]
        pub name: String,
        #[wire(required)]
        pub price: ListProjectAddonsResponseSelectedAddonsItemVariantPrice,
    }
}

crate::runtime::open_enum! {
    /// Schema: `ListProjectAddonsResponse.selected_addons[].variant.id`
    #[allow(missing_docs)]
    pub enum ListProjectAddonsResponseSelectedAddonsItemVariantId {
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
        AuthMfaPhoneDefault = "auth_mfa_phone_default",
        AuthMfaWebAuthnDefault = "auth_mfa_web_authn_default",
        LogDrainDefault = "log_drain_default",
    }
}

crate::runtime::object! {
    /// Schema: `ListProjectAddonsResponse.selected_addons[].variant.price`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListProjectAddonsResponseSelectedAddonsItemVariantPrice {
        #[wire(required)]
        pub amount: f64,
        #[wire(required)]
        pub description: String,
        #[wire(required)]
        pub interval: ListProjectAddonsResponseSelectedAddonsItemVariantPriceInterval,
        #[wire("type", required)]
        pub type_: ListProjectAddonsResponseSelectedAddonsItemVariantPriceType,
    }
}

crate::runtime::open_enum! {
    /// Schema: `ListProjectAddonsResponse.selected_addons[].variant.price.interval`
    #[allow(missing_docs)]
    pub enum ListProjectAddonsResponseSelectedAddonsItemVariantPriceInterval {
        Monthly = "monthly",
        Hourly = "hourly",
    }
}

crate::runtime::open_enum! {
    /// Schema: `ListProjectAddonsResponse.selected_addons[].variant.price.type`
    #[allow(missing_docs)]
    pub enum ListProjectAddonsResponseSelectedAddonsItemVariantPriceType {
        Fixed = "fixed",
        Usage = "usage",
    }
}
