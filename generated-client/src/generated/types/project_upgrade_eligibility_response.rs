//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ProjectUpgradeEligibilityResponse`.

use serde::{Deserialize, Serialize};

/// `ProjectUpgradeEligibilityResponse`
///
/// Schema: `#/components/schemas/ProjectUpgradeEligibilityResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectUpgradeEligibilityResponse {
    /// `current_app_version`
    pub current_app_version: String,
    /// `current_app_version_release_channel`
    pub current_app_version_release_channel: ProjectUpgradeEligibilityResponseCurrentAppVersionReleaseChannel,
    /// `duration_estimate_hours`
    pub duration_estimate_hours: f64,
    /// `eligible`
    pub eligible: bool,
    /// `latest_app_version`
    pub latest_app_version: String,
    /// `legacy_auth_custom_roles`
    pub legacy_auth_custom_roles: Vec<String>,
    /// Use validation_errors instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub objects_to_be_dropped: Vec<String>,
    /// `target_upgrade_versions`
    pub target_upgrade_versions: Vec<
        ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItem,
    >,
    /// Use validation_errors instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub unsupported_extensions: Vec<String>,
    /// Use validation_errors instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub user_defined_objects_in_internal_schemas: Vec<String>,
    /// `validation_errors`
    pub validation_errors: Vec<ProjectUpgradeEligibilityResponseValidationErrorsItem>,
    /// `warnings`
    pub warnings: Vec<ProjectUpgradeEligibilityResponseWarningsItem>,
}

impl crate::runtime::ToFields for ProjectUpgradeEligibilityResponse {
    const NAME: &'static str = "ProjectUpgradeEligibilityResponse";
    const ADDITIONAL: bool = false;
    #[allow(deprecated)]
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("current_app_version", &self.current_app_version)
            .field(
                "current_app_version_release_channel",
                &self.current_app_version_release_channel,
            )
            .field("duration_estimate_hours", &self.duration_estimate_hours)
            .field("eligible", &self.eligible)
            .field("latest_app_version", &self.latest_app_version)
            .field("legacy_auth_custom_roles", &self.legacy_auth_custom_roles)
            .field("objects_to_be_dropped", &self.objects_to_be_dropped)
            .field("target_upgrade_versions", &self.target_upgrade_versions)
            .field("unsupported_extensions", &self.unsupported_extensions)
            .field(
                "user_defined_objects_in_internal_schemas",
                &self.user_defined_objects_in_internal_schemas,
            )
            .field("validation_errors", &self.validation_errors)
            .field("warnings", &self.warnings)
    }
}

impl crate::runtime::FromFields for ProjectUpgradeEligibilityResponse {
    const EXPECTING: &'static str = "struct ProjectUpgradeEligibilityResponse";
    #[allow(deprecated)]
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut current_app_version: Option<String> = None;
        let mut current_app_version_release_channel: Option<
            ProjectUpgradeEligibilityResponseCurrentAppVersionReleaseChannel,
        > = None;
        let mut duration_estimate_hours: Option<f64> = None;
        let mut eligible: Option<bool> = None;
        let mut latest_app_version: Option<String> = None;
        let mut legacy_auth_custom_roles: Option<Vec<String>> = None;
        let mut objects_to_be_dropped: Option<Vec<String>> = None;
        let mut target_upgrade_versions: Option<
            Vec<ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItem>,
        > = None;
        let mut unsupported_extensions: Option<Vec<String>> = None;
        let mut user_defined_objects_in_internal_schemas: Option<Vec<String>> = None;
        let mut validation_errors: Option<
            Vec<ProjectUpgradeEligibilityResponseValidationErrorsItem>,
        > = None;
        let mut warnings: Option<Vec<ProjectUpgradeEligibilityResponseWarningsItem>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "current_app_version" => __map.fill(&mut current_app_version),
                "current_app_version_release_channel" => {
                    __map.fill(&mut current_app_version_release_channel)
                }
                "duration_estimate_hours" => __map.fill(&mut duration_estimate_hours),
                "eligible" => __map.fill(&mut eligible),
                "latest_app_version" => __map.fill(&mut latest_app_version),
                "legacy_auth_custom_roles" => __map.fill(&mut legacy_auth_custom_roles),
                "objects_to_be_dropped" => __map.fill(&mut objects_to_be_dropped),
                "target_upgrade_versions" => __map.fill(&mut target_upgrade_versions),
                "unsupported_extensions" => __map.fill(&mut unsupported_extensions),
                "user_defined_objects_in_internal_schemas" => {
                    __map.fill(&mut user_defined_objects_in_internal_schemas)
                }
                "validation_errors" => __map.fill(&mut validation_errors),
                "warnings" => __map.fill(&mut warnings),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ProjectUpgradeEligibilityResponse {
            current_app_version: crate::runtime::required(
                current_app_version,
                "current_app_version",
            )?,
            current_app_version_release_channel: crate::runtime::required(
                current_app_version_release_channel,
                "current_app_version_release_channel",
            )?,
            duration_estimate_hours: crate::runtime::required(
                duration_estimate_hours,
                "duration_estimate_hours",
            )?,
            eligible: crate::runtime::required(eligible, "eligible")?,
            latest_app_version: crate::runtime::required(
                latest_app_version,
                "latest_app_version",
            )?,
            legacy_auth_custom_roles: crate::runtime::required(
                legacy_auth_custom_roles,
                "legacy_auth_custom_roles",
            )?,
            objects_to_be_dropped: crate::runtime::required(
                objects_to_be_dropped,
                "objects_to_be_dropped",
            )?,
            target_upgrade_versions: crate::runtime::required(
                target_upgrade_versions,
                "target_upgrade_versions",
            )?,
            unsupported_extensions: crate::runtime::required(
                unsupported_extensions,
                "unsupported_extensions",
            )?,
            user_defined_objects_in_internal_schemas: crate::runtime::required(
                user_defined_objects_in_internal_schemas,
                "user_defined_objects_in_internal_schemas",
            )?,
            validation_errors: crate::runtime::required(
                validation_errors,
                "validation_errors",
            )?,
            warnings: crate::runtime::required(warnings, "warnings")?,
        })
    }
}
crate::runtime::object_serde!(ProjectUpgradeEligibilityResponse);

/// `ProjectUpgradeEligibilityResponseCurrentAppVersionReleaseChannel`
///
/// Schema: `#/components/schemas/ProjectUpgradeEligibilityResponse/properties/current_app_version_release_channel`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProjectUpgradeEligibilityResponseCurrentAppVersionReleaseChannel {
    /// `internal`
    Internal,
    /// `alpha`
    Alpha,
    /// `beta`
    Beta,
    /// `ga`
    Ga,
    /// `withdrawn`
    Withdrawn,
    /// `preview`
    Preview,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ProjectUpgradeEligibilityResponseCurrentAppVersionReleaseChannel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Internal => "internal",
            Self::Alpha => "alpha",
            Self::Beta => "beta",
            Self::Ga => "ga",
            Self::Withdrawn => "withdrawn",
            Self::Preview => "preview",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ProjectUpgradeEligibilityResponseCurrentAppVersionReleaseChannel {
    fn from(value: &str) -> Self {
        match value {
            "internal" => Self::Internal,
            "alpha" => Self::Alpha,
            "beta" => Self::Beta,
            "ga" => Self::Ga,
            "withdrawn" => Self::Withdrawn,
            "preview" => Self::Preview,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display
for ProjectUpgradeEligibilityResponseCurrentAppVersionReleaseChannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ProjectUpgradeEligibilityResponseCurrentAppVersionReleaseChannel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for ProjectUpgradeEligibilityResponseCurrentAppVersionReleaseChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItem`
///
/// Schema: `#/components/schemas/ProjectUpgradeEligibilityResponse/properties/target_upgrade_versions/items`
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItem {
    /// `app_version`
    pub app_version: String,
    /// `postgres_version`
    pub postgres_version: ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemPostgresVersion,
    /// `release_channel`
    pub release_channel: ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemReleaseChannel,
}

impl crate::runtime::ToFields
for ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItem {
    const NAME: &'static str = "ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("app_version", &self.app_version)
            .field("postgres_version", &self.postgres_version)
            .field("release_channel", &self.release_channel)
    }
}

impl crate::runtime::FromFields
for ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItem {
    const EXPECTING: &'static str = "struct ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut app_version: Option<String> = None;
        let mut postgres_version: Option<
            ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemPostgresVersion,
        > = None;
        let mut release_channel: Option<
            ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemReleaseChannel,
        > = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "app_version" => __map.fill(&mut app_version),
                "postgres_version" => __map.fill(&mut postgres_version),
                "release_channel" => __map.fill(&mut release_channel),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItem {
            app_version: crate::runtime::required(app_version, "app_version")?,
            postgres_version: crate::runtime::required(
                postgres_version,
                "postgres_version",
            )?,
            release_channel: crate::runtime::required(
                release_channel,
                "release_channel",
            )?,
        })
    }
}
crate::runtime::object_serde!(
    ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItem
);

/// `ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemPostgresVersion`
///
/// Schema: `#/components/schemas/ProjectUpgradeEligibilityResponse/properties/target_upgrade_versions/items/properties/postgres_version`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemPostgresVersion {
    /// `13`
    V13,
    /// `14`
    V14,
    /// `15`
    V15,
    /// `17`
    V17,
    /// `17-oriole`
    V17Oriole,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemPostgresVersion {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V13 => "13",
            Self::V14 => "14",
            Self::V15 => "15",
            Self::V17 => "17",
            Self::V17Oriole => "17-oriole",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str>
for ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemPostgresVersion {
    fn from(value: &str) -> Self {
        match value {
            "13" => Self::V13,
            "14" => Self::V14,
            "15" => Self::V15,
            "17" => Self::V17,
            "17-oriole" => Self::V17Oriole,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display
for ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemPostgresVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize
for ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemPostgresVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemPostgresVersion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemReleaseChannel`
///
/// Schema: `#/components/schemas/ProjectUpgradeEligibilityResponse/properties/target_upgrade_versions/items/properties/release_channel`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemReleaseChannel {
    /// `internal`
    Internal,
    /// `alpha`
    Alpha,
    /// `beta`
    Beta,
    /// `ga`
    Ga,
    /// `withdrawn`
    Withdrawn,
    /// `preview`
    Preview,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemReleaseChannel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Internal => "internal",
            Self::Alpha => "alpha",
            Self::Beta => "beta",
            Self::Ga => "ga",
            Self::Withdrawn => "withdrawn",
            Self::Preview => "preview",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str>
for ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemReleaseChannel {
    fn from(value: &str) -> Self {
        match value {
            "internal" => Self::Internal,
            "alpha" => Self::Alpha,
            "beta" => Self::Beta,
            "ga" => Self::Ga,
            "withdrawn" => Self::Withdrawn,
            "preview" => Self::Preview,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display
for ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemReleaseChannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize
for ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemReleaseChannel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemReleaseChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `ProjectUpgradeEligibilityResponseValidationErrorsItem`
///
/// Schema: `#/components/schemas/ProjectUpgradeEligibilityResponse/properties/validation_errors/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ProjectUpgradeEligibilityResponseValidationErrorsItem {
    /// `objects_depending_on_pg_cron`
    #[serde(rename = "objects_depending_on_pg_cron")]
    ObjectsDependingOnPgCron {
        /// `dependents`
        dependents: Vec<String>,
    },
    /// `indexes_referencing_ll_to_earth`
    #[serde(rename = "indexes_referencing_ll_to_earth")]
    IndexesReferencingLlToEarth {
        /// `index_name`
        index_name: String,
        /// `schema_name`
        schema_name: String,
        /// `table_name`
        table_name: String,
    },
    /// `function_using_obsolete_lang`
    #[serde(rename = "function_using_obsolete_lang")]
    FunctionUsingObsoleteLang {
        /// `function_name`
        function_name: String,
        /// `lang_name`
        lang_name: String,
        /// `schema_name`
        schema_name: String,
    },
    /// `unsupported_extension`
    #[serde(rename = "unsupported_extension")]
    UnsupportedExtension {
        /// `extension_name`
        extension_name: String,
    },
    /// `unsupported_fdw_handler`
    #[serde(rename = "unsupported_fdw_handler")]
    UnsupportedFdwHandler {
        /// `fdw_handler_name`
        fdw_handler_name: String,
        /// `fdw_name`
        fdw_name: String,
    },
    /// `unlogged_table_with_persistent_sequence`
    #[serde(rename = "unlogged_table_with_persistent_sequence")]
    UnloggedTableWithPersistentSequence {
        /// `schema_name`
        schema_name: String,
        /// `sequence_name`
        sequence_name: String,
        /// `table_name`
        table_name: String,
    },
    /// `user_defined_objects_in_internal_schemas`
    #[serde(rename = "user_defined_objects_in_internal_schemas")]
    UserDefinedObjectsInInternalSchemas {
        /// `obj_name`
        obj_name: String,
        /// `obj_type`
        obj_type: ProjectUpgradeEligibilityResponseValidationErrorsItemUserDefinedObjectsInInternalSchemasObjType,
        /// `schema_name`
        schema_name: String,
    },
    /// `active_replication_slot`
    #[serde(rename = "active_replication_slot")]
    ActiveReplicationSlot {
        /// `slot_name`
        slot_name: String,
    },
    /// `x86_architecture`
    #[serde(rename = "x86_architecture")]
    X86Architecture {},
    /// `project_hibernating`
    #[serde(rename = "project_hibernating")]
    ProjectHibernating {},
    /// A variant this version of the crate does not know (its fields are dropped).
    #[serde(other)]
    Unknown,
}

/// `ProjectUpgradeEligibilityResponseValidationErrorsItemUserDefinedObjectsInInternalSchemasObjType`
///
/// Schema: `#/components/schemas/ProjectUpgradeEligibilityResponse/properties/validation_errors/items/oneOf/6/properties/obj_type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProjectUpgradeEligibilityResponseValidationErrorsItemUserDefinedObjectsInInternalSchemasObjType {
    /// `table`
    Table,
    /// `function`
    Function,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl ProjectUpgradeEligibilityResponseValidationErrorsItemUserDefinedObjectsInInternalSchemasObjType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Table => "table",
            Self::Function => "function",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str>
for ProjectUpgradeEligibilityResponseValidationErrorsItemUserDefinedObjectsInInternalSchemasObjType {
    fn from(value: &str) -> Self {
        match value {
            "table" => Self::Table,
            "function" => Self::Function,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display
for ProjectUpgradeEligibilityResponseValidationErrorsItemUserDefinedObjectsInInternalSchemasObjType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize
for ProjectUpgradeEligibilityResponseValidationErrorsItemUserDefinedObjectsInInternalSchemasObjType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for ProjectUpgradeEligibilityResponseValidationErrorsItemUserDefinedObjectsInInternalSchemasObjType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `ProjectUpgradeEligibilityResponseWarningsItem`
///
/// Schema: `#/components/schemas/ProjectUpgradeEligibilityResponse/properties/warnings/items`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ProjectUpgradeEligibilityResponseWarningsItem {
    /// `pg_graphql_introspection_change`
    #[serde(rename = "pg_graphql_introspection_change")]
    PgGraphqlIntrospectionChange {},
    /// A variant this version of the crate does not know (its fields are dropped).
    #[serde(other)]
    Unknown,
}
