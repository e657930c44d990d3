//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/StorageConfigResponse`.

use serde::{Deserialize, Serialize};

/// `StorageConfigResponse`
///
/// Schema: `#/components/schemas/StorageConfigResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct StorageConfigResponse {
    /// `capabilities`
    pub capabilities: StorageConfigResponseCapabilities,
    /// `databasePoolMode`
    pub database_pool_mode: String,
    /// `external`
    pub external: StorageConfigResponseExternal,
    /// `features`
    pub features: StorageConfigResponseFeatures,
    /// `fileSizeLimit`
    pub file_size_limit: i64,
    /// `migrationVersion`
    pub migration_version: String,
}

impl crate::runtime::ToFields for StorageConfigResponse {
    const NAME: &'static str = "StorageConfigResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("capabilities", &self.capabilities)
            .field("databasePoolMode", &self.database_pool_mode)
            .field("external", &self.external)
            .field("features", &self.features)
            .field("fileSizeLimit", &self.file_size_limit)
            .field("migrationVersion", &self.migration_version)
    }
}

impl crate::runtime::FromFields for StorageConfigResponse {
    const EXPECTING: &'static str = "struct StorageConfigResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut capabilities: Option<StorageConfigResponseCapabilities> = None;
        let mut database_pool_mode: Option<String> = None;
        let mut external: Option<StorageConfigResponseExternal> = None;
        let mut features: Option<StorageConfigResponseFeatures> = None;
        let mut file_size_limit: Option<i64> = None;
        let mut migration_version: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "capabilities" => __map.fill(&mut capabilities),
                "databasePoolMode" => __map.fill(&mut database_pool_mode),
                "external" => __map.fill(&mut external),
                "features" => __map.fill(&mut features),
                "fileSizeLimit" => __map.fill(&mut file_size_limit),
                "migrationVersion" => __map.fill(&mut migration_version),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(StorageConfigResponse {
            capabilities: crate::runtime::required(capabilities, "capabilities")?,
            database_pool_mode: crate::runtime::required(
                database_pool_mode,
                "databasePoolMode",
            )?,
            external: crate::runtime::required(external, "external")?,
            features: crate::runtime::required(features, "features")?,
            file_size_limit: crate::runtime::required(file_size_limit, "fileSizeLimit")?,
            migration_version: crate::runtime::required(
                migration_version,
                "migrationVersion",
            )?,
        })
    }
}
crate::runtime::object_serde!(StorageConfigResponse);

/// `StorageConfigResponseCapabilities`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/capabilities`
#[derive(Debug, Clone, PartialEq)]
pub struct StorageConfigResponseCapabilities {
    /// `iceberg_catalog`
    pub iceberg_catalog: bool,
    /// `list_v2`
    pub list_v2: bool,
}

impl crate::runtime::ToFields for StorageConfigResponseCapabilities {
    const NAME: &'static str = "StorageConfigResponseCapabilities";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("iceberg_catalog", &self.iceberg_catalog)
            .field("list_v2", &self.list_v2)
    }
}

impl crate::runtime::FromFields for StorageConfigResponseCapabilities {
    const EXPECTING: &'static str = "struct StorageConfigResponseCapabilities";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut iceberg_catalog: Option<bool> = None;
        let mut list_v2: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "iceberg_catalog" => __map.fill(&mut iceberg_catalog),
                "list_v2" => __map.fill(&mut list_v2),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(StorageConfigResponseCapabilities {
            iceberg_catalog: crate::runtime::required(
                iceberg_catalog,
                "iceberg_catalog",
            )?,
            list_v2: crate::runtime::required(list_v2, "list_v2")?,
        })
    }
}
crate::runtime::object_serde!(StorageConfigResponseCapabilities);

/// `StorageConfigResponseExternal`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/external`
#[derive(Debug, Clone, PartialEq)]
pub struct StorageConfigResponseExternal {
    /// `upstreamTarget`
    pub upstream_target: StorageConfigResponseExternalUpstreamTarget,
}

impl crate::runtime::ToFields for StorageConfigResponseExternal {
    const NAME: &'static str = "StorageConfigResponseExternal";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("upstreamTarget", &self.upstream_target)
    }
}

impl crate::runtime::FromFields for StorageConfigResponseExternal {
    const EXPECTING: &'static str = "struct StorageConfigResponseExternal";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut upstream_target: Option<StorageConfigResponseExternalUpstreamTarget> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "upstreamTarget" => __map.fill(&mut upstream_target),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(StorageConfigResponseExternal {
            upstream_target: crate::runtime::required(upstream_target, "upstreamTarget")?,
        })
    }
}
crate::runtime::object_serde!(StorageConfigResponseExternal);

/// `StorageConfigResponseExternalUpstreamTarget`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/external/properties/upstreamTarget`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StorageConfigResponseExternalUpstreamTarget {
    /// `main`
    Main,
    /// `canary`
    Canary,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl StorageConfigResponseExternalUpstreamTarget {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Main => "main",
            Self::Canary => "canary",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for StorageConfigResponseExternalUpstreamTarget {
    fn from(value: &str) -> Self {
        match value {
            "main" => Self::Main,
            "canary" => Self::Canary,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for StorageConfigResponseExternalUpstreamTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for StorageConfigResponseExternalUpstreamTarget {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for StorageConfigResponseExternalUpstreamTarget {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `StorageConfigResponseFeatures`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/features`
#[derive(Debug, Clone, PartialEq)]
pub struct StorageConfigResponseFeatures {
    /// `icebergCatalog`
    pub iceberg_catalog: StorageConfigResponseFeaturesIcebergCatalog,
    /// `imageTransformation`
    pub image_transformation: StorageConfigResponseFeaturesImageTransformation,
    /// `s3Protocol`
    pub s3_protocol: StorageConfigResponseFeaturesS3Protocol,
    /// `vectorBuckets`
    pub vector_buckets: StorageConfigResponseFeaturesVectorBuckets,
}

impl crate::runtime::ToFields for StorageConfigResponseFeatures {
    const NAME: &'static str = "StorageConfigResponseFeatures";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("icebergCatalog", &self.iceberg_catalog)
            .field("imageTransformation", &self.image_transformation)
            .field("s3Protocol", &self.s3_protocol)
            .field("vectorBuckets", &self.vector_buckets)
    }
}

impl crate::runtime::FromFields for StorageConfigResponseFeatures {
    const EXPECTING: &'static str = "struct StorageConfigResponseFeatures";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut iceberg_catalog: Option<StorageConfigResponseFeaturesIcebergCatalog> = None;
        let mut image_transformation: Option<
            StorageConfigResponseFeaturesImageTransformation,
        > = None;
        let mut s3_protocol: Option<StorageConfigResponseFeaturesS3Protocol> = None;
        let mut vector_buckets: Option<StorageConfigResponseFeaturesVectorBuckets> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "icebergCatalog" => __map.fill(&mut iceberg_catalog),
                "imageTransformation" => __map.fill(&mut image_transformation),
                "s3Protocol" => __map.fill(&mut s3_protocol),
                "vectorBuckets" => __map.fill(&mut vector_buckets),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(StorageConfigResponseFeatures {
            iceberg_catalog: crate::runtime::required(
                iceberg_catalog,
                "icebergCatalog",
            )?,
            image_transformation: crate::runtime::required(
                image_transformation,
                "imageTransformation",
            )?,
            s3_protocol: crate::runtime::required(s3_protocol, "s3Protocol")?,
            vector_buckets: crate::runtime::required(vector_buckets, "vectorBuckets")?,
        })
    }
}
crate::runtime::object_serde!(StorageConfigResponseFeatures);

/// `StorageConfigResponseFeaturesIcebergCatalog`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/features/properties/icebergCatalog`
#[derive(Debug, Clone, PartialEq)]
pub struct StorageConfigResponseFeaturesIcebergCatalog {
    /// `enabled`
    pub enabled: bool,
    /// `maxCatalogs`
    pub max_catalogs: i64,
    /// `maxNamespaces`
    pub max_namespaces: i64,
    /// `maxTables`
    pub max_tables: i64,
}

impl crate::runtime::ToFields for StorageConfigResponseFeaturesIcebergCatalog {
    const NAME: &'static str = "StorageConfigResponseFeaturesIcebergCatalog";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("enabled", &self.enabled)
            .field("maxCatalogs", &self.max_catalogs)
            .field("maxNamespaces", &self.max_namespaces)
            .field("maxTables", &self.max_tables)
    }
}

impl crate::runtime::FromFields for StorageConfigResponseFeaturesIcebergCatalog {
    const EXPECTING: &'static str = "struct StorageConfigResponseFeaturesIcebergCatalog";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut enabled: Option<bool> = None;
        let mut max_catalogs: Option<i64> = None;
        let mut max_namespaces: Option<i64> = None;
        let mut max_tables: Option<i64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "enabled" => __map.fill(&mut enabled),
                "maxCatalogs" => __map.fill(&mut max_catalogs),
                "maxNamespaces" => __map.fill(&mut max_namespaces),
                "maxTables" => __map.fill(&mut max_tables),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(StorageConfigResponseFeaturesIcebergCatalog {
            enabled: crate::runtime::required(enabled, "enabled")?,
            max_catalogs: crate::runtime::required(max_catalogs, "maxCatalogs")?,
            max_namespaces: crate::runtime::required(max_namespaces, "maxNamespaces")?,
            max_tables: crate::runtime::required(max_tables, "maxTables")?,
        })
    }
}
crate::runtime::object_serde!(StorageConfigResponseFeaturesIcebergCatalog);

/// `StorageConfigResponseFeaturesImageTransformation`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/features/properties/imageTransformation`
#[derive(Debug, Clone, PartialEq)]
pub struct StorageConfigResponseFeaturesImageTransformation {
    /// `enabled`
    pub enabled: bool,
}

impl crate::runtime::ToFields for StorageConfigResponseFeaturesImageTransformation {
    const NAME: &'static str = "StorageConfigResponseFeaturesImageTransformation";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("enabled", &self.enabled)
    }
}

impl crate::runtime::FromFields for StorageConfigResponseFeaturesImageTransformation {
    const EXPECTING: &'static str = "struct StorageConfigResponseFeaturesImageTransformation";
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
        Ok(StorageConfigResponseFeaturesImageTransformation {
            enabled: crate::runtime::required(enabled, "enabled")?,
        })
    }
}
crate::runtime::object_serde!(StorageConfigResponseFeaturesImageTransformation);

/// `StorageConfigResponseFeaturesS3Protocol`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/features/properties/s3Protocol`
#[derive(Debug, Clone, PartialEq)]
pub struct StorageConfigResponseFeaturesS3Protocol {
    /// `enabled`
    pub enabled: bool,
}

impl crate::runtime::ToFields for StorageConfigResponseFeaturesS3Protocol {
    const NAME: &'static str = "StorageConfigResponseFeaturesS3Protocol";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("enabled", &self.enabled)
    }
}

impl crate::runtime::FromFields for StorageConfigResponseFeaturesS3Protocol {
    const EXPECTING: &'static str = "struct StorageConfigResponseFeaturesS3Protocol";
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
        Ok(StorageConfigResponseFeaturesS3Protocol {
            enabled: crate::runtime::required(enabled, "enabled")?,
        })
    }
}
crate::runtime::object_serde!(StorageConfigResponseFeaturesS3Protocol);

/// `StorageConfigResponseFeaturesVectorBuckets`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/features/properties/vectorBuckets`
#[derive(Debug, Clone, PartialEq)]
pub struct StorageConfigResponseFeaturesVectorBuckets {
    /// `enabled`
    pub enabled: bool,
    /// `maxBuckets`
    pub max_buckets: i64,
    /// `maxIndexes`
    pub max_indexes: i64,
}

impl crate::runtime::ToFields for StorageConfigResponseFeaturesVectorBuckets {
    const NAME: &'static str = "StorageConfigResponseFeaturesVectorBuckets";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("enabled", &self.enabled)
            .field("maxBuckets", &self.max_buckets)
            .field("maxIndexes", &self.max_indexes)
    }
}

impl crate::runtime::FromFields for StorageConfigResponseFeaturesVectorBuckets {
    const EXPECTING: &'static str = "struct StorageConfigResponseFeaturesVectorBuckets";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut enabled: Option<bool> = None;
        let mut max_buckets: Option<i64> = None;
        let mut max_indexes: Option<i64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "enabled" => __map.fill(&mut enabled),
                "maxBuckets" => __map.fill(&mut max_buckets),
                "maxIndexes" => __map.fill(&mut max_indexes),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(StorageConfigResponseFeaturesVectorBuckets {
            enabled: crate::runtime::required(enabled, "enabled")?,
            max_buckets: crate::runtime::required(max_buckets, "maxBuckets")?,
            max_indexes: crate::runtime::required(max_indexes, "maxIndexes")?,
        })
    }
}
crate::runtime::object_serde!(StorageConfigResponseFeaturesVectorBuckets);
