//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ListEntitlementsResponse`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `V1ListEntitlementsResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ListEntitlementsResponse {
        #[wire(required)]
        pub entitlements: Vec<V1ListEntitlementsResponseEntitlementsItem>,
    }
}

crate::runtime::object! {
    /// Schema: `V1ListEntitlementsResponse.entitlements[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ListEntitlementsResponseEntitlementsItem {
        #[wire(required)]
        pub config: V1ListEntitlementsResponseEntitlementsItemConfig,
        #[wire(required)]
        pub feature: V1ListEntitlementsResponseEntitlementsItemFeature,
        #[wire("hasAccess", required)]
        pub has_access: bool,
        #[wire("type", required)]
        pub type_: V1ListEntitlementsResponseEntitlementsItemType,
    }
}

/// Schema: `V1ListEntitlementsResponse.entitlements[].config`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum V1ListEntitlementsResponseEntitlementsItemConfig {
    Unit(V1ListEntitlementsResponseEntitlementsItemConfigUnit),
    Set(V1ListEntitlementsResponseEntitlementsItemConfigSet),
    Enabled(V1ListEntitlementsResponseEntitlementsItemConfigEnabled),
}

impl crate::runtime::Field for V1ListEntitlementsResponseEntitlementsItemConfig {}
crate::runtime::object! {
    /// Schema: `V1ListEntitlementsResponse.entitlements[].config.oneOf[0]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ListEntitlementsResponseEntitlementsItemConfigEnabled {
        #[wire(required)]
        pub enabled: bool,
    }
}

crate::runtime::object! {
    /// Schema: `V1ListEntitlementsResponse.entitlements[].config.oneOf[2]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ListEntitlementsResponseEntitlementsItemConfigSet {
        #[wire(required)]
        pub enabled: bool,
        #[wire(required)]
        pub set: Vec<String>,
    }
}

crate::runtime::object! {
    /// Schema: `V1ListEntitlementsResponse.entitlements[].config.oneOf[1]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ListEntitlementsResponseEntitlementsItemConfigUnit {
        #[wire(required)]
        pub enabled: bool,
        #[wire(required)]
        pub unit: String,
        #[wire(required)]
        pub unlimited: bool,
        #[wire(required)]
        pub value: f64,
    }
}

crate::runtime::object! {
    /// Schema: `V1ListEntitlementsResponse.entitlements[].feature`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1ListEntitlementsResponseEntitlementsItemFeature {
        #[wire(required)]
        pub key: V1ListEntitlementsResponseEntitlementsItemFeatureKey,
        #[wire("type", required)]
        pub type_: V1ListEntitlementsResponseEntitlementsItemFeatureType,
    }
}

crate::runtime::open_enum! {
    /// Schema: `V1ListEntitlementsResponse.entitlements[].feature.key`
    #[allow(missing_docs)]
    pub enum V1ListEntitlementsResponseEntitlementsItemFeatureKey {
        InstancesComputeUpdateAvailableSizes = "instances.compute_update_available_sizes",
        InstancesReadReplicas = "instances.read_replicas",
        InstancesDiskModifications = "instances.disk_modifications",
        InstancesHighAvailability = "instances.high_availability",
        InstancesOrioledb = "instances.orioledb",
        ReplicationEtl = "replication.etl",
        StorageMaxFileSize = "storage.max_file_size",
        StorageMaxFileSizeConfigurable = "storage.max_file_size.configurable",
        StorageImageTransformations = "storage.image_transformations",
        StorageVectorBuckets = "storage.vector_buckets",
        StorageIcebergCatalog = "storage.iceberg_catalog",
        SecurityAuditLogsDays = "security.audit_logs_days",
        SecurityQuestionnaire = "security.questionnaire",
        SecuritySoc2Report = "security.soc2_report",
        SecurityIso27001Certificate = "security.iso27001_certificate",
        SecurityPrivateLink = "security.private_link",
        SecurityEnforceMfa = "security.enforce_mfa",
        LogRetentionDays = "log.retention_days",
        CustomDomain = "custom_domain",
        VanitySubdomain = "vanity_subdomain",
        Ipv4 = "ipv4",
        PitrAvailableVariants = "pitr.available_variants",
        LogDrains = "log_drains",
        AuditLogDrains = "audit_log_drains",
        BranchingLimit = "branching_limit",
        BranchingPersistent = "branching_persistent",
        AuthMfaPhone = "auth.mfa_phone",
        AuthMfaWebAuthn = "auth.mfa_web_authn",
        AuthMfaEnhancedSecurity = "auth.mfa_enhanced_security",
        AuthHooks = "auth.hooks",
        AuthPlatformSso = "auth.platform.sso",
        AuthCustomJwtTemplate = "auth.custom_jwt_template",
        AuthSaml2 = "auth.saml_2",
        AuthUserSessions = "auth.user_sessions",
        AuthLeakedPasswordProtection = "auth.leaked_password_protection",
        AuthAdvancedAuthSettings = "auth.advanced_auth_settings",
        AuthPerformanceSettings = "auth.performance_settings",
        AuthPasswordHibp = "auth.password_hibp",
        AuthCustomOAuthMaxProviders = "auth.custom_oauth.max_providers",
        BackupRetentionDays = "backup.retention_days",
        BackupRestoreToNewProject = "backup.restore_to_new_project",
        BackupSchedule = "backup.schedule",
        FunctionMaxCount = "function.max_count",
        FunctionSizeLimitMb = "function.size_limit_mb",
        RealtimeMaxConcurrentUsers = "realtime.max_concurrent_users",
        RealtimeMaxEventsPerSecond = "realtime.max_events_per_second",
        RealtimeMaxJoinsPerSecond = "realtime.max_joins_per_second",
        RealtimeMaxChannelsPerClient = "realtime.max_channels_per_client",
        RealtimeMaxBytesPerSecond = "realtime.max_bytes_per_second",
        RealtimeMaxPresenceEventsPerSecond = "realtime.max_presence_events_per_second",
        RealtimeMaxPayloadSizeInKb = "realtime.max_payload_size_in_kb",
        ProjectScopedRoles = "project_scoped_roles",
        SecurityMemberRoles = "security.member_roles",
        ProjectPausing = "project_pausing",
        ProjectCloning = "project_cloning",
        ProjectRestoreAfterExpiry = "project_restore_after_expiry",
        AssistantAdvanceModel = "assistant.advance_model",
        IntegrationsGithubConnections = "integrations.github_connections",
        DedicatedPooler = "dedicated_pooler",
        ObservabilityDashboardAdvancedMetrics = "observability.dashboard_advanced_metrics",
    }
}

crate::runtime::open_enum! {
    /// Schema: `V1ListEntitlementsResponse.entitlements[].feature.type`
    #[allow(missing_docs)]
    pub enum V1ListEntitlementsResponseEntitlementsItemFeatureType {
        Boolean = "boolean",
        Numeric = "numeric",
        Set = "set",
    }
}

crate::runtime::open_enum! {
    /// Schema: `V1ListEntitlementsResponse.entitlements[].type`
    #[allow(missing_docs)]
    pub enum V1ListEntitlementsResponseEntitlementsItemType {
        Boolean = "boolean",
        Numeric = "numeric",
        Set = "set",
    }
}
