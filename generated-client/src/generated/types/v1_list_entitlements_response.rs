//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ListEntitlementsResponse`.

use serde::{Deserialize, Serialize};

/// `V1ListEntitlementsResponse`
///
/// Schema: `#/components/schemas/V1ListEntitlementsResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct V1ListEntitlementsResponse {
    /// `entitlements`
    pub entitlements: Vec<V1ListEntitlementsResponseEntitlementsItem>,
}

impl crate::runtime::ToFields for V1ListEntitlementsResponse {
    const NAME: &'static str = "V1ListEntitlementsResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("entitlements", &self.entitlements)
    }
}

impl crate::runtime::FromFields for V1ListEntitlementsResponse {
    const EXPECTING: &'static str = "struct V1ListEntitlementsResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut entitlements: Option<Vec<V1ListEntitlementsResponseEntitlementsItem>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "entitlements" => __map.fill(&mut entitlements),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ListEntitlementsResponse {
            entitlements: crate::runtime::required(entitlements, "entitlements")?,
        })
    }
}
crate::runtime::object_serde!(V1ListEntitlementsResponse);

/// `V1ListEntitlementsResponseEntitlementsItem`
///
/// Schema: `#/components/schemas/V1ListEntitlementsResponse/properties/entitlements/items`
#[derive(Debug, Clone, PartialEq)]
pub struct V1ListEntitlementsResponseEntitlementsItem {
    /// `config`
    pub config: V1ListEntitlementsResponseEntitlementsItemConfig,
    /// `feature`
    pub feature: V1ListEntitlementsResponseEntitlementsItemFeature,
    /// `hasAccess`
    pub has_access: bool,
    /// `type`
    pub type_: V1ListEntitlementsResponseEntitlementsItemType,
}

impl crate::runtime::ToFields for V1ListEntitlementsResponseEntitlementsItem {
    const NAME: &'static str = "V1ListEntitlementsResponseEntitlementsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("config", &self.config)
            .field("feature", &self.feature)
            .field("hasAccess", &self.has_access)
            .field("type", &self.type_)
    }
}

impl crate::runtime::FromFields for V1ListEntitlementsResponseEntitlementsItem {
    const EXPECTING: &'static str = "struct V1ListEntitlementsResponseEntitlementsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut config: Option<V1ListEntitlementsResponseEntitlementsItemConfig> = None;
        let mut feature: Option<V1ListEntitlementsResponseEntitlementsItemFeature> = None;
        let mut has_access: Option<bool> = None;
        let mut type_: Option<V1ListEntitlementsResponseEntitlementsItemType> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "config" => __map.fill(&mut config),
                "feature" => __map.fill(&mut feature),
                "hasAccess" => __map.fill(&mut has_access),
                "type" => __map.fill(&mut type_),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ListEntitlementsResponseEntitlementsItem {
            config: crate::runtime::required(config, "config")?,
            feature: crate::runtime::required(feature, "feature")?,
            has_access: crate::runtime::required(has_access, "hasAccess")?,
            type_: crate::runtime::required(type_, "type")?,
        })
    }
}
crate::runtime::object_serde!(V1ListEntitlementsResponseEntitlementsItem);

/// `V1ListEntitlementsResponseEntitlementsItemConfig`
///
/// Schema: `#/components/schemas/V1ListEntitlementsResponse/properties/entitlements/items/properties/config`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum V1ListEntitlementsResponseEntitlementsItemConfig {
    /// The `Unit` variant.
    Unit(V1ListEntitlementsResponseEntitlementsItemConfigUnit),
    /// The `Set` variant.
    Set(V1ListEntitlementsResponseEntitlementsItemConfigSet),
    /// The `Enabled` variant.
    Enabled(V1ListEntitlementsResponseEntitlementsItemConfigEnabled),
}

/// `V1ListEntitlementsResponseEntitlementsItemConfigEnabled`
///
/// Schema: `#/components/schemas/V1ListEntitlementsResponse/properties/entitlements/items/properties/config/oneOf/0`
#[derive(Debug, Clone, PartialEq)]
pub struct V1ListEntitlementsResponseEntitlementsItemConfigEnabled {
    /// `enabled`
    pub enabled: bool,
}

impl crate::runtime::ToFields
for V1ListEntitlementsResponseEntitlementsItemConfigEnabled {
    const NAME: &'static str = "V1ListEntitlementsResponseEntitlementsItemConfigEnabled";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("enabled", &self.enabled)
    }
}

impl crate::runtime::FromFields
for V1ListEntitlementsResponseEntitlementsItemConfigEnabled {
    const EXPECTING: &'static str = "struct V1ListEntitlementsResponseEntitlementsItemConfigEnabled";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut enabled: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "enabled" => __map.fill(&mut enabled),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ListEntitlementsResponseEntitlementsItemConfigEnabled {
            enabled: crate::runtime::required(enabled, "enabled")?,
        })
    }
}
crate::runtime::object_serde!(V1ListEntitlementsResponseEntitlementsItemConfigEnabled);

/// `V1ListEntitlementsResponseEntitlementsItemConfigSet`
///
/// Schema: `#/components/schemas/V1ListEntitlementsResponse/properties/entitlements/items/properties/config/oneOf/2`
#[derive(Debug, Clone, PartialEq)]
pub struct V1ListEntitlementsResponseEntitlementsItemConfigSet {
    /// `enabled`
    pub enabled: bool,
    /// `set`
    pub set: Vec<String>,
}

impl crate::runtime::ToFields for V1ListEntitlementsResponseEntitlementsItemConfigSet {
    const NAME: &'static str = "V1ListEntitlementsResponseEntitlementsItemConfigSet";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("enabled", &self.enabled).field("set", &self.set)
    }
}

impl crate::runtime::FromFields for V1ListEntitlementsResponseEntitlementsItemConfigSet {
    const EXPECTING: &'static str = "struct V1ListEntitlementsResponseEntitlementsItemConfigSet";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut enabled: Option<bool> = None;
        let mut set: Option<Vec<String>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "enabled" => __map.fill(&mut enabled),
                "set" => __map.fill(&mut set),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ListEntitlementsResponseEntitlementsItemConfigSet {
            enabled: crate::runtime::required(enabled, "enabled")?,
            set: crate::runtime::required(set, "set")?,
        })
    }
}
crate::runtime::object_serde!(V1ListEntitlementsResponseEntitlementsItemConfigSet);

/// `V1ListEntitlementsResponseEntitlementsItemConfigUnit`
///
/// Schema: `#/components/schemas/V1ListEntitlementsResponse/properties/entitlements/items/properties/config/oneOf/1`
#[derive(Debug, Clone, PartialEq)]
pub struct V1ListEntitlementsResponseEntitlementsItemConfigUnit {
    /// `enabled`
    pub enabled: bool,
    /// `unit`
    pub unit: String,
    /// `unlimited`
    pub unlimited: bool,
    /// `value`
    pub value: f64,
}

impl crate::runtime::ToFields for V1ListEntitlementsResponseEntitlementsItemConfigUnit {
    const NAME: &'static str = "V1ListEntitlementsResponseEntitlementsItemConfigUnit";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("enabled", &self.enabled)
            .field("unit", &self.unit)
            .field("unlimited", &self.unlimited)
            .field("value", &self.value)
    }
}

impl crate::runtime::FromFields
for V1ListEntitlementsResponseEntitlementsItemConfigUnit {
    const EXPECTING: &'static str = "struct V1ListEntitlementsResponseEntitlementsItemConfigUnit";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut enabled: Option<bool> = None;
        let mut unit: Option<String> = None;
        let mut unlimited: Option<bool> = None;
        let mut value: Option<f64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "enabled" => __map.fill(&mut enabled),
                "unit" => __map.fill(&mut unit),
                "unlimited" => __map.fill(&mut unlimited),
                "value" => __map.fill(&mut value),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ListEntitlementsResponseEntitlementsItemConfigUnit {
            enabled: crate::runtime::required(enabled, "enabled")?,
            unit: crate::runtime::required(unit, "unit")?,
            unlimited: crate::runtime::required(unlimited, "unlimited")?,
            value: crate::runtime::required(value, "value")?,
        })
    }
}
crate::runtime::object_serde!(V1ListEntitlementsResponseEntitlementsItemConfigUnit);

/// `V1ListEntitlementsResponseEntitlementsItemFeature`
///
/// Schema: `#/components/schemas/V1ListEntitlementsResponse/properties/entitlements/items/properties/feature`
#[derive(Debug, Clone, PartialEq)]
pub struct V1ListEntitlementsResponseEntitlementsItemFeature {
    /// `key`
    pub key: V1ListEntitlementsResponseEntitlementsItemFeatureKey,
    /// `type`
    pub type_: V1ListEntitlementsResponseEntitlementsItemFeatureType,
}

impl crate::runtime::ToFields for V1ListEntitlementsResponseEntitlementsItemFeature {
    const NAME: &'static str = "V1ListEntitlementsResponseEntitlementsItemFeature";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("key", &self.key).field("type", &self.type_)
    }
}

impl crate::runtime::FromFields for V1ListEntitlementsResponseEntitlementsItemFeature {
    const EXPECTING: &'static str = "struct V1ListEntitlementsResponseEntitlementsItemFeature";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut key: Option<V1ListEntitlementsResponseEntitlementsItemFeatureKey> = None;
        let mut type_: Option<V1ListEntitlementsResponseEntitlementsItemFeatureType> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "key" => __map.fill(&mut key),
                "type" => __map.fill(&mut type_),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ListEntitlementsResponseEntitlementsItemFeature {
            key: crate::runtime::required(key, "key")?,
            type_: crate::runtime::required(type_, "type")?,
        })
    }
}
crate::runtime::object_serde!(V1ListEntitlementsResponseEntitlementsItemFeature);

/// `V1ListEntitlementsResponseEntitlementsItemFeatureKey`
///
/// Schema: `#/components/schemas/V1ListEntitlementsResponse/properties/entitlements/items/properties/feature/properties/key`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1ListEntitlementsResponseEntitlementsItemFeatureKey {
    /// `instances.compute_update_available_sizes`
    InstancesComputeUpdateAvailableSizes,
    /// `instances.read_replicas`
    InstancesReadReplicas,
    /// `instances.disk_modifications`
    InstancesDiskModifications,
    /// `instances.high_availability`
    InstancesHighAvailability,
    /// `instances.orioledb`
    InstancesOrioledb,
    /// `replication.etl`
    ReplicationEtl,
    /// `storage.max_file_size`
    StorageMaxFileSize,
    /// `storage.max_file_size.configurable`
    StorageMaxFileSizeConfigurable,
    /// `storage.image_transformations`
    StorageImageTransformations,
    /// `storage.vector_buckets`
    StorageVectorBuckets,
    /// `storage.iceberg_catalog`
    StorageIcebergCatalog,
    /// `security.audit_logs_days`
    SecurityAuditLogsDays,
    /// `security.questionnaire`
    SecurityQuestionnaire,
    /// `security.soc2_report`
    SecuritySoc2Report,
    /// `security.iso27001_certificate`
    SecurityIso27001Certificate,
    /// `security.private_link`
    SecurityPrivateLink,
    /// `security.enforce_mfa`
    SecurityEnforceMfa,
    /// `log.retention_days`
    LogRetentionDays,
    /// `custom_domain`
    CustomDomain,
    /// `vanity_subdomain`
    VanitySubdomain,
    /// `ipv4`
    Ipv4,
    /// `pitr.available_variants`
    PitrAvailableVariants,
    /// `log_drains`
    LogDrains,
    /// `audit_log_drains`
    AuditLogDrains,
    /// `branching_limit`
    BranchingLimit,
    /// `branching_persistent`
    BranchingPersistent,
    /// `auth.mfa_phone`
    AuthMfaPhone,
    /// `auth.mfa_web_authn`
    AuthMfaWebAuthn,
    /// `auth.mfa_enhanced_security`
    AuthMfaEnhancedSecurity,
    /// `auth.hooks`
    AuthHooks,
    /// `auth.platform.sso`
    AuthPlatformSso,
    /// `auth.custom_jwt_template`
    AuthCustomJwtTemplate,
    /// `auth.saml_2`
    AuthSaml2,
    /// `auth.user_sessions`
    AuthUserSessions,
    /// `auth.leaked_password_protection`
    AuthLeakedPasswordProtection,
    /// `auth.advanced_auth_settings`
    AuthAdvancedAuthSettings,
    /// `auth.performance_settings`
    AuthPerformanceSettings,
    /// `auth.password_hibp`
    AuthPasswordHibp,
    /// `auth.custom_oauth.max_providers`
    AuthCustomOAuthMaxProviders,
    /// `backup.retention_days`
    BackupRetentionDays,
    /// `backup.restore_to_new_project`
    BackupRestoreToNewProject,
    /// `backup.schedule`
    BackupSchedule,
    /// `function.max_count`
    FunctionMaxCount,
    /// `function.size_limit_mb`
    FunctionSizeLimitMb,
    /// `realtime.max_concurrent_users`
    RealtimeMaxConcurrentUsers,
    /// `realtime.max_events_per_second`
    RealtimeMaxEventsPerSecond,
    /// `realtime.max_joins_per_second`
    RealtimeMaxJoinsPerSecond,
    /// `realtime.max_channels_per_client`
    RealtimeMaxChannelsPerClient,
    /// `realtime.max_bytes_per_second`
    RealtimeMaxBytesPerSecond,
    /// `realtime.max_presence_events_per_second`
    RealtimeMaxPresenceEventsPerSecond,
    /// `realtime.max_payload_size_in_kb`
    RealtimeMaxPayloadSizeInKb,
    /// `project_scoped_roles`
    ProjectScopedRoles,
    /// `security.member_roles`
    SecurityMemberRoles,
    /// `project_pausing`
    ProjectPausing,
    /// `project_cloning`
    ProjectCloning,
    /// `project_restore_after_expiry`
    ProjectRestoreAfterExpiry,
    /// `assistant.advance_model`
    AssistantAdvanceModel,
    /// `integrations.github_connections`
    IntegrationsGithubConnections,
    /// `dedicated_pooler`
    DedicatedPooler,
    /// `observability.dashboard_advanced_metrics`
    ObservabilityDashboardAdvancedMetrics,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1ListEntitlementsResponseEntitlementsItemFeatureKey {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InstancesComputeUpdateAvailableSizes => {
                "instances.compute_update_available_sizes"
            }
            Self::InstancesReadReplicas => "instances.read_replicas",
            Self::InstancesDiskModifications => "instances.disk_modifications",
            Self::InstancesHighAvailability => "instances.high_availability",
            Self::InstancesOrioledb => "instances.orioledb",
            Self::ReplicationEtl => "replication.etl",
            Self::StorageMaxFileSize => "storage.max_file_size",
            Self::StorageMaxFileSizeConfigurable => "storage.max_file_size.configurable",
            Self::StorageImageTransformations => "storage.image_transformations",
            Self::StorageVectorBuckets => "storage.vector_buckets",
            Self::StorageIcebergCatalog => "storage.iceberg_catalog",
            Self::SecurityAuditLogsDays => "security.audit_logs_days",
            Self::SecurityQuestionnaire => "security.questionnaire",
            Self::SecuritySoc2Report => "security.soc2_report",
            Self::SecurityIso27001Certificate => "security.iso27001_certificate",
            Self::SecurityPrivateLink => "security.private_link",
            Self::SecurityEnforceMfa => "security.enforce_mfa",
            Self::LogRetentionDays => "log.retention_days",
            Self::CustomDomain => "custom_domain",
            Self::VanitySubdomain => "vanity_subdomain",
            Self::Ipv4 => "ipv4",
            Self::PitrAvailableVariants => "pitr.available_variants",
            Self::LogDrains => "log_drains",
            Self::AuditLogDrains => "audit_log_drains",
            Self::BranchingLimit => "branching_limit",
            Self::BranchingPersistent => "branching_persistent",
            Self::AuthMfaPhone => "auth.mfa_phone",
            Self::AuthMfaWebAuthn => "auth.mfa_web_authn",
            Self::AuthMfaEnhancedSecurity => "auth.mfa_enhanced_security",
            Self::AuthHooks => "auth.hooks",
            Self::AuthPlatformSso => "auth.platform.sso",
            Self::AuthCustomJwtTemplate => "auth.custom_jwt_template",
            Self::AuthSaml2 => "auth.saml_2",
            Self::AuthUserSessions => "auth.user_sessions",
            Self::AuthLeakedPasswordProtection => "auth.leaked_password_protection",
            Self::AuthAdvancedAuthSettings => "auth.advanced_auth_settings",
            Self::AuthPerformanceSettings => "auth.performance_settings",
            Self::AuthPasswordHibp => "auth.password_hibp",
            Self::AuthCustomOAuthMaxProviders => "auth.custom_oauth.max_providers",
            Self::BackupRetentionDays => "backup.retention_days",
            Self::BackupRestoreToNewProject => "backup.restore_to_new_project",
            Self::BackupSchedule => "backup.schedule",
            Self::FunctionMaxCount => "function.max_count",
            Self::FunctionSizeLimitMb => "function.size_limit_mb",
            Self::RealtimeMaxConcurrentUsers => "realtime.max_concurrent_users",
            Self::RealtimeMaxEventsPerSecond => "realtime.max_events_per_second",
            Self::RealtimeMaxJoinsPerSecond => "realtime.max_joins_per_second",
            Self::RealtimeMaxChannelsPerClient => "realtime.max_channels_per_client",
            Self::RealtimeMaxBytesPerSecond => "realtime.max_bytes_per_second",
            Self::RealtimeMaxPresenceEventsPerSecond => {
                "realtime.max_presence_events_per_second"
            }
            Self::RealtimeMaxPayloadSizeInKb => "realtime.max_payload_size_in_kb",
            Self::ProjectScopedRoles => "project_scoped_roles",
            Self::SecurityMemberRoles => "security.member_roles",
            Self::ProjectPausing => "project_pausing",
            Self::ProjectCloning => "project_cloning",
            Self::ProjectRestoreAfterExpiry => "project_restore_after_expiry",
            Self::AssistantAdvanceModel => "assistant.advance_model",
            Self::IntegrationsGithubConnections => "integrations.github_connections",
            Self::DedicatedPooler => "dedicated_pooler",
            Self::ObservabilityDashboardAdvancedMetrics => {
                "observability.dashboard_advanced_metrics"
            }
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1ListEntitlementsResponseEntitlementsItemFeatureKey {
    fn from(value: &str) -> Self {
        match value {
            "instances.compute_update_available_sizes" => {
                Self::InstancesComputeUpdateAvailableSizes
            }
            "instances.read_replicas" => Self::InstancesReadReplicas,
            "instances.disk_modifications" => Self::InstancesDiskModifications,
            "instances.high_availability" => Self::InstancesHighAvailability,
            "instances.orioledb" => Self::InstancesOrioledb,
            "replication.etl" => Self::ReplicationEtl,
            "storage.max_file_size" => Self::StorageMaxFileSize,
            "storage.max_file_size.configurable" => Self::StorageMaxFileSizeConfigurable,
            "storage.image_transformations" => Self::StorageImageTransformations,
            "storage.vector_buckets" => Self::StorageVectorBuckets,
            "storage.iceberg_catalog" => Self::StorageIcebergCatalog,
            "security.audit_logs_days" => Self::SecurityAuditLogsDays,
            "security.questionnaire" => Self::SecurityQuestionnaire,
            "security.soc2_report" => Self::SecuritySoc2Report,
            "security.iso27001_certificate" => Self::SecurityIso27001Certificate,
            "security.private_link" => Self::SecurityPrivateLink,
            "security.enforce_mfa" => Self::SecurityEnforceMfa,
            "log.retention_days" => Self::LogRetentionDays,
            "custom_domain" => Self::CustomDomain,
            "vanity_subdomain" => Self::VanitySubdomain,
            "ipv4" => Self::Ipv4,
            "pitr.available_variants" => Self::PitrAvailableVariants,
            "log_drains" => Self::LogDrains,
            "audit_log_drains" => Self::AuditLogDrains,
            "branching_limit" => Self::BranchingLimit,
            "branching_persistent" => Self::BranchingPersistent,
            "auth.mfa_phone" => Self::AuthMfaPhone,
            "auth.mfa_web_authn" => Self::AuthMfaWebAuthn,
            "auth.mfa_enhanced_security" => Self::AuthMfaEnhancedSecurity,
            "auth.hooks" => Self::AuthHooks,
            "auth.platform.sso" => Self::AuthPlatformSso,
            "auth.custom_jwt_template" => Self::AuthCustomJwtTemplate,
            "auth.saml_2" => Self::AuthSaml2,
            "auth.user_sessions" => Self::AuthUserSessions,
            "auth.leaked_password_protection" => Self::AuthLeakedPasswordProtection,
            "auth.advanced_auth_settings" => Self::AuthAdvancedAuthSettings,
            "auth.performance_settings" => Self::AuthPerformanceSettings,
            "auth.password_hibp" => Self::AuthPasswordHibp,
            "auth.custom_oauth.max_providers" => Self::AuthCustomOAuthMaxProviders,
            "backup.retention_days" => Self::BackupRetentionDays,
            "backup.restore_to_new_project" => Self::BackupRestoreToNewProject,
            "backup.schedule" => Self::BackupSchedule,
            "function.max_count" => Self::FunctionMaxCount,
            "function.size_limit_mb" => Self::FunctionSizeLimitMb,
            "realtime.max_concurrent_users" => Self::RealtimeMaxConcurrentUsers,
            "realtime.max_events_per_second" => Self::RealtimeMaxEventsPerSecond,
            "realtime.max_joins_per_second" => Self::RealtimeMaxJoinsPerSecond,
            "realtime.max_channels_per_client" => Self::RealtimeMaxChannelsPerClient,
            "realtime.max_bytes_per_second" => Self::RealtimeMaxBytesPerSecond,
            "realtime.max_presence_events_per_second" => {
                Self::RealtimeMaxPresenceEventsPerSecond
            }
            "realtime.max_payload_size_in_kb" => Self::RealtimeMaxPayloadSizeInKb,
            "project_scoped_roles" => Self::ProjectScopedRoles,
            "security.member_roles" => Self::SecurityMemberRoles,
            "project_pausing" => Self::ProjectPausing,
            "project_cloning" => Self::ProjectCloning,
            "project_restore_after_expiry" => Self::ProjectRestoreAfterExpiry,
            "assistant.advance_model" => Self::AssistantAdvanceModel,
            "integrations.github_connections" => Self::IntegrationsGithubConnections,
            "dedicated_pooler" => Self::DedicatedPooler,
            "observability.dashboard_advanced_metrics" => {
                Self::ObservabilityDashboardAdvancedMetrics
            }
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1ListEntitlementsResponseEntitlementsItemFeatureKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1ListEntitlementsResponseEntitlementsItemFeatureKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1ListEntitlementsResponseEntitlementsItemFeatureKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `V1ListEntitlementsResponseEntitlementsItemFeatureType`
///
/// Schema: `#/components/schemas/V1ListEntitlementsResponse/properties/entitlements/items/properties/feature/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1ListEntitlementsResponseEntitlementsItemFeatureType {
    /// `boolean`
    Boolean,
    /// `numeric`
    Numeric,
    /// `set`
    Set,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1ListEntitlementsResponseEntitlementsItemFeatureType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Boolean => "boolean",
            Self::Numeric => "numeric",
            Self::Set => "set",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1ListEntitlementsResponseEntitlementsItemFeatureType {
    fn from(value: &str) -> Self {
        match value {
            "boolean" => Self::Boolean,
            "numeric" => Self::Numeric,
            "set" => Self::Set,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1ListEntitlementsResponseEntitlementsItemFeatureType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1ListEntitlementsResponseEntitlementsItemFeatureType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1ListEntitlementsResponseEntitlementsItemFeatureType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `V1ListEntitlementsResponseEntitlementsItemType`
///
/// Schema: `#/components/schemas/V1ListEntitlementsResponse/properties/entitlements/items/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1ListEntitlementsResponseEntitlementsItemType {
    /// `boolean`
    Boolean,
    /// `numeric`
    Numeric,
    /// `set`
    Set,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1ListEntitlementsResponseEntitlementsItemType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Boolean => "boolean",
            Self::Numeric => "numeric",
            Self::Set => "set",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1ListEntitlementsResponseEntitlementsItemType {
    fn from(value: &str) -> Self {
        match value {
            "boolean" => Self::Boolean,
            "numeric" => Self::Numeric,
            "set" => Self::Set,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1ListEntitlementsResponseEntitlementsItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1ListEntitlementsResponseEntitlementsItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1ListEntitlementsResponseEntitlementsItemType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
