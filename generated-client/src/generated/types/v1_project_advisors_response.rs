//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ProjectAdvisorsResponse`.

use serde::{Deserialize, Serialize};

/// `V1ProjectAdvisorsResponse`
///
/// Schema: `#/components/schemas/V1ProjectAdvisorsResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct V1ProjectAdvisorsResponse {
    /// `lints`
    pub lints: Vec<V1ProjectAdvisorsResponseLintsItem>,
}

impl crate::runtime::ToFields for V1ProjectAdvisorsResponse {
    const NAME: &'static str = "V1ProjectAdvisorsResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("lints", &self.lints)
    }
}

impl crate::runtime::FromFields for V1ProjectAdvisorsResponse {
    const EXPECTING: &'static str = "struct V1ProjectAdvisorsResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut lints: Option<Vec<V1ProjectAdvisorsResponseLintsItem>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "lints" => __map.fill(&mut lints),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ProjectAdvisorsResponse {
            lints: crate::runtime::required(lints, "lints")?,
        })
    }
}
crate::runtime::object_serde!(V1ProjectAdvisorsResponse);

/// `V1ProjectAdvisorsResponseLintsItem`
///
/// Schema: `#/components/schemas/V1ProjectAdvisorsResponse/properties/lints/items`
#[derive(Clone, PartialEq)]
pub struct V1ProjectAdvisorsResponseLintsItem {
    /// `cache_key`
    pub cache_key: String,
    /// `categories`
    pub categories: Vec<V1ProjectAdvisorsResponseLintsItemCategoriesItem>,
    /// `description`
    pub description: String,
    /// `detail`
    pub detail: String,
    /// `facing`
    pub facing: V1ProjectAdvisorsResponseLintsItemFacing,
    /// `level`
    pub level: V1ProjectAdvisorsResponseLintsItemLevel,
    /// `metadata`
    pub metadata: Option<V1ProjectAdvisorsResponseLintsItemMetadata>,
    /// `name`
    pub name: V1ProjectAdvisorsResponseLintsItemName,
    /// `remediation`
    pub remediation: String,
    /// `title`
    pub title: String,
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

impl crate::runtime::ToFields for V1ProjectAdvisorsResponseLintsItem {
    const NAME: &'static str = "V1ProjectAdvisorsResponseLintsItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("cache_key", &self.cache_key)
            .field("categories", &self.categories)
            .field("description", &self.description)
            .field("detail", &self.detail)
            .field("facing", &self.facing)
            .field("level", &self.level)
            .optional("metadata", &self.metadata)
            .field("name", &self.name)
            .field("remediation", &self.remediation)
            .field("title", &self.title)
    }
}

impl crate::runtime::FromFields for V1ProjectAdvisorsResponseLintsItem {
    const EXPECTING: &'static str = "struct V1ProjectAdvisorsResponseLintsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut cache_key: Option<String> = None;
        let mut categories: Option<
            Vec<V1ProjectAdvisorsResponseLintsItemCategoriesItem>,
        > = None;
        let mut description: Option<String> = None;
        let mut detail: Option<String> = None;
        let mut facing: Option<V1ProjectAdvisorsResponseLintsItemFacing> = None;
        let mut level: Option<V1ProjectAdvisorsResponseLintsItemLevel> = None;
        let mut metadata: Option<V1ProjectAdvisorsResponseLintsItemMetadata> = None;
        let mut name: Option<V1ProjectAdvisorsResponseLintsItemName> = None;
        let mut remediation: Option<String> = None;
        let mut title: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "cache_key" => __map.fill(&mut cache_key),
                "categories" => __map.fill(&mut categories),
                "description" => __map.fill(&mut description),
                "detail" => __map.fill(&mut detail),
                "facing" => __map.fill(&mut facing),
                "level" => __map.fill(&mut level),
                "metadata" => __map.set(&mut metadata),
                "name" => __map.fill(&mut name),
                "remediation" => __map.fill(&mut remediation),
                "title" => __map.fill(&mut title),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ProjectAdvisorsResponseLintsItem {
            cache_key: crate::runtime::required(cache_key, "cache_key")?,
            categories: crate::runtime::required(categories, "categories")?,
            description: crate::runtime::required(description, "description")?,
            detail: crate::runtime::required(detail, "detail")?,
            facing: crate::runtime::required(facing, "facing")?,
            level: crate::runtime::required(level, "level")?,
            metadata,
            name: crate::runtime::required(name, "name")?,
            remediation: crate::runtime::required(remediation, "remediation")?,
            title: crate::runtime::required(title, "title")?,
        })
    }
}
crate::runtime::object_serde!(V1ProjectAdvisorsResponseLintsItem);

/// `V1ProjectAdvisorsResponseLintsItemCategoriesItem`
///
/// Schema: `#/components/schemas/V1ProjectAdvisorsResponse/properties/lints/items/properties/categories/items`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1ProjectAdvisorsResponseLintsItemCategoriesItem {
    /// `PERFORMANCE`
    Performance,
    /// `SECURITY`
    Security,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1ProjectAdvisorsResponseLintsItemCategoriesItem {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Performance => "PERFORMANCE",
            Self::Security => "SECURITY",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1ProjectAdvisorsResponseLintsItemCategoriesItem {
    fn from(value: &str) -> Self {
        match value {
            "PERFORMANCE" => Self::Performance,
            "SECURITY" => Self::Security,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1ProjectAdvisorsResponseLintsItemCategoriesItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1ProjectAdvisorsResponseLintsItemCategoriesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1ProjectAdvisorsResponseLintsItemCategoriesItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `V1ProjectAdvisorsResponseLintsItemFacing`
///
/// Schema: `#/components/schemas/V1ProjectAdvisorsResponse/properties/lints/items/properties/facing`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1ProjectAdvisorsResponseLintsItemFacing {
    /// `EXTERNAL`
    External,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1ProjectAdvisorsResponseLintsItemFacing {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::External => "EXTERNAL",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1ProjectAdvisorsResponseLintsItemFacing {
    fn from(value: &str) -> Self {
        match value {
            "EXTERNAL" => Self::External,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1ProjectAdvisorsResponseLintsItemFacing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1ProjectAdvisorsResponseLintsItemFacing {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1ProjectAdvisorsResponseLintsItemFacing {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `V1ProjectAdvisorsResponseLintsItemLevel`
///
/// Schema: `#/components/schemas/V1ProjectAdvisorsResponse/properties/lints/items/properties/level`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1ProjectAdvisorsResponseLintsItemLevel {
    /// `ERROR`
    Error,
    /// `WARN`
    Warn,
    /// `INFO`
    Info,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1ProjectAdvisorsResponseLintsItemLevel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error => "ERROR",
            Self::Warn => "WARN",
            Self::Info => "INFO",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1ProjectAdvisorsResponseLintsItemLevel {
    fn from(value: &str) -> Self {
        match value {
            "ERROR" => Self::Error,
            "WARN" => Self::Warn,
            "INFO" => Self::Info,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1ProjectAdvisorsResponseLintsItemLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1ProjectAdvisorsResponseLintsItemLevel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1ProjectAdvisorsResponseLintsItemLevel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `V1ProjectAdvisorsResponseLintsItemMetadata`
///
/// Schema: `#/components/schemas/V1ProjectAdvisorsResponse/properties/lints/items/properties/metadata`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct V1ProjectAdvisorsResponseLintsItemMetadata {
    /// `entity`
    pub entity: Option<String>,
    /// `fkey_columns`
    pub fkey_columns: Option<Vec<f64>>,
    /// `fkey_name`
    pub fkey_name: Option<String>,
    /// `name`
    pub name: Option<String>,
    /// `schema`
    pub schema: Option<String>,
    /// `type`
    pub type_: Option<V1ProjectAdvisorsResponseLintsItemMetadataType>,
}

impl crate::runtime::ToFields for V1ProjectAdvisorsResponseLintsItemMetadata {
    const NAME: &'static str = "V1ProjectAdvisorsResponseLintsItemMetadata";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("entity", &self.entity)
            .optional("fkey_columns", &self.fkey_columns)
            .optional("fkey_name", &self.fkey_name)
            .optional("name", &self.name)
            .optional("schema", &self.schema)
            .optional("type", &self.type_)
    }
}

impl crate::runtime::FromFields for V1ProjectAdvisorsResponseLintsItemMetadata {
    const EXPECTING: &'static str = "struct V1ProjectAdvisorsResponseLintsItemMetadata";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut entity: Option<String> = None;
        let mut fkey_columns: Option<Vec<f64>> = None;
        let mut fkey_name: Option<String> = None;
        let mut name: Option<String> = None;
        let mut schema: Option<String> = None;
        let mut type_: Option<V1ProjectAdvisorsResponseLintsItemMetadataType> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "entity" => __map.set(&mut entity),
                "fkey_columns" => __map.set(&mut fkey_columns),
                "fkey_name" => __map.set(&mut fkey_name),
                "name" => __map.set(&mut name),
                "schema" => __map.set(&mut schema),
                "type" => __map.set(&mut type_),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ProjectAdvisorsResponseLintsItemMetadata {
            entity,
            fkey_columns,
            fkey_name,
            name,
            schema,
            type_,
        })
    }
}
crate::runtime::object_serde!(V1ProjectAdvisorsResponseLintsItemMetadata);

/// `V1ProjectAdvisorsResponseLintsItemMetadataType`
///
/// Schema: `#/components/schemas/V1ProjectAdvisorsResponse/properties/lints/items/properties/metadata/properties/type`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1ProjectAdvisorsResponseLintsItemMetadataType {
    /// `table`
    Table,
    /// `view`
    View,
    /// `auth`
    Auth,
    /// `function`
    Function,
    /// `extension`
    Extension,
    /// `compliance`
    Compliance,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1ProjectAdvisorsResponseLintsItemMetadataType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Table => "table",
            Self::View => "view",
            Self::Auth => "auth",
            Self::Function => "function",
            Self::Extension => "extension",
            Self::Compliance => "compliance",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1ProjectAdvisorsResponseLintsItemMetadataType {
    fn from(value: &str) -> Self {
        match value {
            "table" => Self::Table,
            "view" => Self::View,
            "auth" => Self::Auth,
            "function" => Self::Function,
            "extension" => Self::Extension,
            "compliance" => Self::Compliance,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1ProjectAdvisorsResponseLintsItemMetadataType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1ProjectAdvisorsResponseLintsItemMetadataType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1ProjectAdvisorsResponseLintsItemMetadataType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `V1ProjectAdvisorsResponseLintsItemName`
///
/// Schema: `#/components/schemas/V1ProjectAdvisorsResponse/properties/lints/items/properties/name`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V1ProjectAdvisorsResponseLintsItemName {
    /// `unindexed_foreign_keys`
    UnindexedForeignKeys,
    /// `auth_users_exposed`
    AuthUsersExposed,
    /// `auth_rls_initplan`
    AuthRlsInitplan,
    /// `no_primary_key`
    NoPrimaryKey,
    /// `unused_index`
    UnusedIndex,
    /// `multiple_permissive_policies`
    MultiplePermissivePolicies,
    /// `policy_exists_rls_disabled`
    PolicyExistsRlsDisabled,
    /// `rls_enabled_no_policy`
    RlsEnabledNoPolicy,
    /// `duplicate_index`
    DuplicateIndex,
    /// `security_definer_view`
    SecurityDefinerView,
    /// `function_search_path_mutable`
    FunctionSearchPathMutable,
    /// `rls_disabled_in_public`
    RlsDisabledInPublic,
    /// `extension_in_public`
    ExtensionInPublic,
    /// `rls_references_user_metadata`
    RlsReferencesUserMetadata,
    /// `materialized_view_in_api`
    MaterializedViewInApi,
    /// `foreign_table_in_api`
    ForeignTableInApi,
    /// `unsupported_reg_types`
    UnsupportedRegTypes,
    /// `auth_otp_long_expiry`
    AuthOtpLongExpiry,
    /// `auth_otp_short_length`
    AuthOtpShortLength,
    /// `ssl_not_enforced`
    SslNotEnforced,
    /// `network_restrictions_not_set`
    NetworkRestrictionsNotSet,
    /// `password_requirements_min_length`
    PasswordRequirementsMinLength,
    /// `pitr_not_enabled`
    PitrNotEnabled,
    /// `auth_leaked_password_protection`
    AuthLeakedPasswordProtection,
    /// `auth_insufficient_mfa_options`
    AuthInsufficientMfaOptions,
    /// `auth_password_policy_missing`
    AuthPasswordPolicyMissing,
    /// `leaked_service_key`
    LeakedServiceKey,
    /// `no_backup_admin`
    NoBackupAdmin,
    /// `vulnerable_postgres_version`
    VulnerablePostgresVersion,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl V1ProjectAdvisorsResponseLintsItemName {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UnindexedForeignKeys => "unindexed_foreign_keys",
            Self::AuthUsersExposed => "auth_users_exposed",
            Self::AuthRlsInitplan => "auth_rls_initplan",
            Self::NoPrimaryKey => "no_primary_key",
            Self::UnusedIndex => "unused_index",
            Self::MultiplePermissivePolicies => "multiple_permissive_policies",
            Self::PolicyExistsRlsDisabled => "policy_exists_rls_disabled",
            Self::RlsEnabledNoPolicy => "rls_enabled_no_policy",
            Self::DuplicateIndex => "duplicate_index",
            Self::SecurityDefinerView => "security_definer_view",
            Self::FunctionSearchPathMutable => "function_search_path_mutable",
            Self::RlsDisabledInPublic => "rls_disabled_in_public",
            Self::ExtensionInPublic => "extension_in_public",
            Self::RlsReferencesUserMetadata => "rls_references_user_metadata",
            Self::MaterializedViewInApi => "materialized_view_in_api",
            Self::ForeignTableInApi => "foreign_table_in_api",
            Self::UnsupportedRegTypes => "unsupported_reg_types",
            Self::AuthOtpLongExpiry => "auth_otp_long_expiry",
            Self::AuthOtpShortLength => "auth_otp_short_length",
            Self::SslNotEnforced => "ssl_not_enforced",
            Self::NetworkRestrictionsNotSet => "network_restrictions_not_set",
            Self::PasswordRequirementsMinLength => "password_requirements_min_length",
            Self::PitrNotEnabled => "pitr_not_enabled",
            Self::AuthLeakedPasswordProtection => "auth_leaked_password_protection",
            Self::AuthInsufficientMfaOptions => "auth_insufficient_mfa_options",
            Self::AuthPasswordPolicyMissing => "auth_password_policy_missing",
            Self::LeakedServiceKey => "leaked_service_key",
            Self::NoBackupAdmin => "no_backup_admin",
            Self::VulnerablePostgresVersion => "vulnerable_postgres_version",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for V1ProjectAdvisorsResponseLintsItemName {
    fn from(value: &str) -> Self {
        match value {
            "unindexed_foreign_keys" => Self::UnindexedForeignKeys,
            "auth_users_exposed" => Self::AuthUsersExposed,
            "auth_rls_initplan" => Self::AuthRlsInitplan,
            "no_primary_key" => Self::NoPrimaryKey,
            "unused_index" => Self::UnusedIndex,
            "multiple_permissive_policies" => Self::MultiplePermissivePolicies,
            "policy_exists_rls_disabled" => Self::PolicyExistsRlsDisabled,
            "rls_enabled_no_policy" => Self::RlsEnabledNoPolicy,
            "duplicate_index" => Self::DuplicateIndex,
            "security_definer_view" => Self::SecurityDefinerView,
            "function_search_path_mutable" => Self::FunctionSearchPathMutable,
            "rls_disabled_in_public" => Self::RlsDisabledInPublic,
            "extension_in_public" => Self::ExtensionInPublic,
            "rls_references_user_metadata" => Self::RlsReferencesUserMetadata,
            "materialized_view_in_api" => Self::MaterializedViewInApi,
            "foreign_table_in_api" => Self::ForeignTableInApi,
            "unsupported_reg_types" => Self::UnsupportedRegTypes,
            "auth_otp_long_expiry" => Self::AuthOtpLongExpiry,
            "auth_otp_short_length" => Self::AuthOtpShortLength,
            "ssl_not_enforced" => Self::SslNotEnforced,
            "network_restrictions_not_set" => Self::NetworkRestrictionsNotSet,
            "password_requirements_min_length" => Self::PasswordRequirementsMinLength,
            "pitr_not_enabled" => Self::PitrNotEnabled,
            "auth_leaked_password_protection" => Self::AuthLeakedPasswordProtection,
            "auth_insufficient_mfa_options" => Self::AuthInsufficientMfaOptions,
            "auth_password_policy_missing" => Self::AuthPasswordPolicyMissing,
            "leaked_service_key" => Self::LeakedServiceKey,
            "no_backup_admin" => Self::NoBackupAdmin,
            "vulnerable_postgres_version" => Self::VulnerablePostgresVersion,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for V1ProjectAdvisorsResponseLintsItemName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for V1ProjectAdvisorsResponseLintsItemName {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for V1ProjectAdvisorsResponseLintsItemName {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
