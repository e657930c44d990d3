//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ProjectAdvisorsResponse`.

crate::runtime::object! {
    /// Schema: `V1ProjectAdvisorsResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ProjectAdvisorsResponse {
        #[wire(required)]
        pub lints: Vec<V1ProjectAdvisorsResponseLintsItem>,
    }
}

crate::runtime::object! {
    /// Schema: `V1ProjectAdvisorsResponse.lints[]`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ProjectAdvisorsResponseLintsItem {
        #[wire(required)]
        pub cache_key: String,
        #[wire(required)]
        pub categories: Vec<V1ProjectAdvisorsResponseLintsItemCategoriesItem>,
        #[wire(required)]
        pub description: String,
        #[wire(required)]
        pub detail: String,
        #[wire(required)]
        pub facing: V1ProjectAdvisorsResponseLintsItemFacing,
        #[wire(required)]
        pub level: V1ProjectAdvisorsResponseLintsItemLevel,
        pub metadata: Option<V1ProjectAdvisorsResponseLintsItemMetadata>,
        #[wire(required)]
        pub name: V1ProjectAdvisorsResponseLintsItemName,
        #[wire(required)]
        pub remediation: String,
        #[wire(required)]
        pub title: String,
    }
}

impl std::fmt::Debug for V1ProjectAdvisorsResponseLintsItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("V1ProjectAdvisorsResponseLintsItem")
            .field("cache_key", &format_args!("[redacted]"))
            .field("categories", &self.categories)
            .field("description", &self.description)
            .field("detail", &self.detail)
            .field("facing", &self.facing)
            .field("level", &self.level)
            .field("metadata", &self.metadata)
            .field("name", &self.name)
            .field("remediation", &self.remediation)
            .field("title", &self.title)
            .finish()
    }
}

crate::runtime::open_enum! {
    /// Schema: `V1ProjectAdvisorsResponse.lints[].categories[]`
    #[allow(missing_docs)]
    pub enum V1ProjectAdvisorsResponseLintsItemCategoriesItem {
        Performance = "PERFORMANCE",
        Security = "SECURITY",
    }
}

crate::runtime::open_enum! {
    /// Schema: `V1ProjectAdvisorsResponse.lints[].facing`
    #[allow(missing_docs)]
    pub enum V1ProjectAdvisorsResponseLintsItemFacing {
        External = "EXTERNAL",
    }
}

crate::runtime::open_enum! {
    /// Schema: `V1ProjectAdvisorsResponse.lints[].level`
    #[allow(missing_docs)]
    pub enum V1ProjectAdvisorsResponseLintsItemLevel {
        Error = "ERROR",
        Warn = "WARN",
        Info = "INFO",
    }
}

crate::runtime::object! {
    /// Schema: `V1ProjectAdvisorsResponse.lints[].metadata`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct V1ProjectAdvisorsResponseLintsItemMetadata {
        pub entity: Option<String>,
        pub fkey_columns: Option<Vec<f64>>,
        pub fkey_name: Option<String>,
        pub name: Option<String>,
        pub schema: Option<String>,
        #[wire("type")]
        pub type_: Option<V1ProjectAdvisorsResponseLintsItemMetadataType>,
    }
}

crate::runtime::open_enum! {
    /// Schema: `V1ProjectAdvisorsResponse.lints[].metadata.type`
    #[allow(missing_docs)]
    pub enum V1ProjectAdvisorsResponseLintsItemMetadataType {
        Table = "table",
        View = "view",
        Auth = "auth",
        Function = "function",
        Extension = "extension",
        Compliance = "compliance",
    }
}

crate::runtime::open_enum! {
    /// Schema: `V1ProjectAdvisorsResponse.lints[].name`
    #[allow(missing_docs)]
    pub enum V1ProjectAdvisorsResponseLintsItemName {
        UnindexedForeignKeys = "unindexed_foreign_keys",
        AuthUsersExposed = "auth_users_exposed",
        AuthRlsInitplan = "auth_rls_initplan",
        NoPrimaryKey = "no_primary_key",
        UnusedIndex = "unused_index",
        MultiplePermissivePolicies = "multiple_permissive_policies",
        PolicyExistsRlsDisabled = "policy_exists_rls_disabled",
        RlsEnabledNoPolicy = "rls_enabled_no_policy",
        DuplicateIndex = "duplicate_index",
        SecurityDefinerView = "security_definer_view",
        FunctionSearchPathMutable = "function_search_path_mutable",
        RlsDisabledInPublic = "rls_disabled_in_public",
        ExtensionInPublic = "extension_in_public",
        RlsReferencesUserMetadata = "rls_references_user_metadata",
        MaterializedViewInApi = "materialized_view_in_api",
        ForeignTableInApi = "foreign_table_in_api",
        UnsupportedRegTypes = "unsupported_reg_types",
        AuthOtpLongExpiry = "auth_otp_long_expiry",
        AuthOtpShortLength = "auth_otp_short_length",
        SslNotEnforced = "ssl_not_enforced",
        NetworkRestrictionsNotSet = "network_restrictions_not_set",
        PasswordRequirementsMinLength = "password_requirements_min_length",
        PitrNotEnabled = "pitr_not_enabled",
        AuthLeakedPasswordProtection = "auth_leaked_password_protection",
        AuthInsufficientMfaOptions = "auth_insufficient_mfa_options",
        AuthPasswordPolicyMissing = "auth_password_policy_missing",
        LeakedServiceKey = "leaked_service_key",
        NoBackupAdmin = "no_backup_admin",
        VulnerablePostgresVersion = "vulnerable_postgres_version",
    }
}
