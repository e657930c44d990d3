//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ProjectUpgradeEligibilityResponse`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `ProjectUpgradeEligibilityResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ProjectUpgradeEligibilityResponse {
        #[wire(required)]
        pub current_app_version: String,
        #[wire(required)]
        pub current_app_version_release_channel:
            ProjectUpgradeEligibilityResponseCurrentAppVersionReleaseChannel,
        #[wire(required)]
        pub duration_estimate_hours: f64,
        #[wire(required)]
        pub eligible: bool,
        #[wire(required)]
        pub latest_app_version: String,
        #[wire(required)]
        pub legacy_auth_custom_roles: Vec<String>,
        /// Use validation_errors instead.
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        #[wire(required)]
        pub objects_to_be_dropped: Vec<String>,
        #[wire(required)]
        pub target_upgrade_versions: Vec<
            ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItem,
        >,
        /// Use validation_errors instead.
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        #[wire(required)]
        pub unsupported_extensions: Vec<String>,
        /// Use validation_errors instead.
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        #[wire(required)]
        pub user_defined_objects_in_internal_schemas: Vec<String>,
        #[wire(required)]
        pub validation_errors: Vec<ProjectUpgradeEligibilityResponseValidationErrorsItem>,
        #[wire(required)]
        pub warnings: Vec<ProjectUpgradeEligibilityResponseWarningsItem>,
    }
}

crate::runtime::open_enum! {
    /// Schema: `ProjectUpgradeEligibilityResponse.current_app_version_release_channel`
    #[allow(missing_docs)]
    pub enum ProjectUpgradeEligibilityResponseCurrentAppVersionReleaseChannel {
        Internal = "internal",
        Alpha = "alpha",
        Beta = "beta",
        Ga = "ga",
        Withdrawn = "withdrawn",
        Preview = "preview",
    }
}

crate::runtime::open_enum! {
    /// Schema: `ProjectUpgradeEligibilityResponse.validation_errors[].oneOf[6].obj_type`
    #[allow(missing_docs)]
    pub enum ProjectUpgradeEligibilityResponseItemUserDefinedObjectsInInternalSchemasObjType {
        Table = "table",
        Function = "function",
    }
}

crate::runtime::object! {
    /// Schema: `ProjectUpgradeEligibilityResponse.target_upgrade_versions[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItem {
        #[wire(required)]
        pub app_version: String,
        #[wire(required)]
        pub postgres_version:
            ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemPostgresVersion,
        #[wire(required)]
        pub release_channel:
            ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemReleaseChannel,
    }
}

crate::runtime::open_enum! {
    /// Schema: `ProjectUpgradeEligibilityResponse.target_upgrade_versions[].postgres_version`
    #[allow(missing_docs)]
    pub enum ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemPostgresVersion {
        V13 = "13",
        V14 = "14",
        V15 = "15",
        V17 = "17",
        V17Oriole = "17-oriole",
    }
}

crate::runtime::open_enum! {
    /// Schema: `ProjectUpgradeEligibilityResponse.target_upgrade_versions[].release_channel`
    #[allow(missing_docs)]
    pub enum ProjectUpgradeEligibilityResponseTargetUpgradeVersionsItemReleaseChannel {
        Internal = "internal",
        Alpha = "alpha",
        Beta = "beta",
        Ga = "ga",
        Withdrawn = "withdrawn",
        Preview = "preview",
    }
}

/// Schema: `ProjectUpgradeEligibilityResponse.validation_errors[]`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ProjectUpgradeEligibilityResponseValidationErrorsItem {
    #[serde(rename = "objects_depending_on_pg_cron")]
    ObjectsDependingOnPgCron { dependents: Vec<String> },
    #[serde(rename = "indexes_referencing_ll_to_earth")]
    IndexesReferencingLlToEarth {
        index_name: String,
        schema_name: String,
        table_name: String,
    },
    #[serde(rename = "function_using_obsolete_lang")]
    FunctionUsingObsoleteLang {
        function_name: String,
        lang_name: String,
        schema_name: String,
    },
    #[serde(rename = "unsupported_extension")]
    UnsupportedExtension { extension_name: String },
    #[serde(rename = "unsupported_fdw_handler")]
    UnsupportedFdwHandler { fdw_handler_name: String, fdw_name: String },
    #[serde(rename = "unlogged_table_with_persistent_sequence")]
    UnloggedTableWithPersistentSequence {
        schema_name: String,
        sequence_name: String,
        table_name: String,
    },
    #[serde(rename = "user_defined_objects_in_internal_schemas")]
    UserDefinedObjectsInInternalSchemas {
        obj_name: String,
        obj_type: ProjectUpgradeEligibilityResponseItemUserDefinedObjectsInInternalSchemasObjType,
        schema_name: String,
    },
    #[serde(rename = "active_replication_slot")]
    ActiveReplicationSlot { slot_name: String },
    #[serde(rename = "x86_architecture")]
    X86Architecture {},
    #[serde(rename = "project_hibernating")]
    ProjectHibernating {},
    /// A variant this version of the crate does not know (its fields are dropped).
    #[serde(other)]
    Unknown,
}

impl crate::runtime::Field for ProjectUpgradeEligibilityResponseValidationErrorsItem {}
/// Schema: `ProjectUpgradeEligibilityResponse.warnings[]`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ProjectUpgradeEligibilityResponseWarningsItem {
    #[serde(rename = "pg_graphql_introspection_change")]
    PgGraphqlIntrospectionChange {},
    /// A variant this version of the crate does not know (its fields are dropped).
    #[serde(other)]
    Unknown,
}

impl crate::runtime::Field for ProjectUpgradeEligibilityResponseWarningsItem {}
