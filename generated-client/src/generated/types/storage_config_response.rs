//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/StorageConfigResponse`.

use serde::{Deserialize, Serialize};

/// `StorageConfigResponse`
///
/// Schema: `#/components/schemas/StorageConfigResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StorageConfigResponse {
    /// `capabilities`
    pub capabilities: StorageConfigResponseCapabilities,
    /// `databasePoolMode`
    #[serde(rename = "databasePoolMode")]
    pub database_pool_mode: String,
    /// `external`
    pub external: StorageConfigResponseExternal,
    /// `features`
    pub features: StorageConfigResponseFeatures,
    /// `fileSizeLimit`
    #[serde(rename = "fileSizeLimit")]
    pub file_size_limit: i64,
    /// `migrationVersion`
    #[serde(rename = "migrationVersion")]
    pub migration_version: String,
}

impl<'de> Deserialize<'de> for StorageConfigResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for StorageConfigResponse {
    const EXPECTING: &'static str = "struct StorageConfigResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<StorageConfigResponseCapabilities> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<StorageConfigResponseExternal> = None;
        let mut field_3: Option<StorageConfigResponseFeatures> = None;
        let mut field_4: Option<i64> = None;
        let mut field_5: Option<String> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "capabilities" => map.fill(&mut field_0),
                "databasePoolMode" => map.fill(&mut field_1),
                "external" => map.fill(&mut field_2),
                "features" => map.fill(&mut field_3),
                "fileSizeLimit" => map.fill(&mut field_4),
                "migrationVersion" => map.fill(&mut field_5),
                _ => map.skip(),
            };
            read?;
        }
        Ok(StorageConfigResponse {
            capabilities: crate::runtime::required(field_0, "capabilities")?,
            database_pool_mode: crate::runtime::required(field_1, "databasePoolMode")?,
            external: crate::runtime::required(field_2, "external")?,
            features: crate::runtime::required(field_3, "features")?,
            file_size_limit: crate::runtime::required(field_4, "fileSizeLimit")?,
            migration_version: crate::runtime::required(field_5, "migrationVersion")?,
        })
    }
}

/// `StorageConfigResponseCapabilities`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/capabilities`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StorageConfigResponseCapabilities {
    /// `iceberg_catalog`
    pub iceberg_catalog: bool,
    /// `list_v2`
    pub list_v2: bool,
}

impl<'de> Deserialize<'de> for StorageConfigResponseCapabilities {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for StorageConfigResponseCapabilities {
    const EXPECTING: &'static str = "struct StorageConfigResponseCapabilities";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<bool> = None;
        let mut field_1: Option<bool> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "iceberg_catalog" => map.fill(&mut field_0),
                "list_v2" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(StorageConfigResponseCapabilities {
            iceberg_catalog: crate::runtime::required(field_0, "iceberg_catalog")?,
            list_v2: crate::runtime::required(field_1, "list_v2")?,
        })
    }
}

/// `StorageConfigResponseExternal`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/external`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StorageConfigResponseExternal {
    /// `upstreamTarget`
    #[serde(rename = "upstreamTarget")]
    pub upstream_target: StorageConfigResponseExternalUpstreamTarget,
}

impl<'de> Deserialize<'de> for StorageConfigResponseExternal {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for StorageConfigResponseExternal {
    const EXPECTING: &'static str = "struct StorageConfigResponseExternal";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<StorageConfigResponseExternalUpstreamTarget> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "upstreamTarget" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(StorageConfigResponseExternal {
            upstream_target: crate::runtime::required(field_0, "upstreamTarget")?,
        })
    }
}

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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StorageConfigResponseFeatures {
    /// `icebergCatalog`
    #[serde(rename = "icebergCatalog")]
    pub iceberg_catalog: StorageConfigResponseFeaturesIcebergCatalog,
    /// `imageTransformation`
    #[serde(rename = "imageTransformation")]
    pub image_transformation: StorageConfigResponseFeaturesImageTransformation,
    /// `s3Protocol`
    #[serde(rename = "s3Protocol")]
    pub s3_protocol: StorageConfigResponseFeaturesS3Protocol,
    /// `vectorBuckets`
    #[serde(rename = "vectorBuckets")]
    pub vector_buckets: StorageConfigResponseFeaturesVectorBuckets,
}

impl<'de> Deserialize<'de> for StorageConfigResponseFeatures {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for StorageConfigResponseFeatures {
    const EXPECTING: &'static str = "struct StorageConfigResponseFeatures";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<StorageConfigResponseFeaturesIcebergCatalog> = None;
        let mut field_1: Option<StorageConfigResponseFeaturesImageTransformation> = None;
        let mut field_2: Option<StorageConfigResponseFeaturesS3Protocol> = None;
        let mut field_3: Option<StorageConfigResponseFeaturesVectorBuckets> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "icebergCatalog" => map.fill(&mut field_0),
                "imageTransformation" => map.fill(&mut field_1),
                "s3Protocol" => map.fill(&mut field_2),
                "vectorBuckets" => map.fill(&mut field_3),
                _ => map.skip(),
            };
            read?;
        }
        Ok(StorageConfigResponseFeatures {
            iceberg_catalog: crate::runtime::required(field_0, "icebergCatalog")?,
            image_transformation: crate::runtime::required(
                field_1,
                "imageTransformation",
            )?,
            s3_protocol: crate::runtime::required(field_2, "s3Protocol")?,
            vector_buckets: crate::runtime::required(field_3, "vectorBuckets")?,
        })
    }
}

/// `StorageConfigResponseFeaturesIcebergCatalog`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/features/properties/icebergCatalog`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StorageConfigResponseFeaturesIcebergCatalog {
    /// `enabled`
    pub enabled: bool,
    /// `maxCatalogs`
    #[serde(rename = "maxCatalogs")]
    pub max_catalogs: i64,
    /// `maxNamespaces`
    #[serde(rename = "maxNamespaces")]
    pub max_namespaces: i64,
    /// `maxTables`
    #[serde(rename = "maxTables")]
    pub max_tables: i64,
}

impl<'de> Deserialize<'de> for StorageConfigResponseFeaturesIcebergCatalog {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for StorageConfigResponseFeaturesIcebergCatalog {
    const EXPECTING: &'static str = "struct StorageConfigResponseFeaturesIcebergCatalog";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<bool> = None;
        let mut field_1: Option<i64> = None;
        let mut field_2: Option<i64> = None;
        let mut field_3: Option<i64> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "enabled" => map.fill(&mut field_0),
                "maxCatalogs" => map.fill(&mut field_1),
                "maxNamespaces" => map.fill(&mut field_2),
                "maxTables" => map.fill(&mut field_3),
                _ => map.skip(),
            };
            read?;
        }
        Ok(StorageConfigResponseFeaturesIcebergCatalog {
            enabled: crate::runtime::required(field_0, "enabled")?,
            max_catalogs: crate::runtime::required(field_1, "maxCatalogs")?,
            max_namespaces: crate::runtime::required(field_2, "maxNamespaces")?,
            max_tables: crate::runtime::required(field_3, "maxTables")?,
        })
    }
}

/// `StorageConfigResponseFeaturesImageTransformation`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/features/properties/imageTransformation`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StorageConfigResponseFeaturesImageTransformation {
    /// `enabled`
    pub enabled: bool,
}

impl<'de> Deserialize<'de> for StorageConfigResponseFeaturesImageTransformation {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for StorageConfigResponseFeaturesImageTransformation {
    const EXPECTING: &'static str = "struct StorageConfigResponseFeaturesImageTransformation";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<bool> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "enabled" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(StorageConfigResponseFeaturesImageTransformation {
            enabled: crate::runtime::required(field_0, "enabled")?,
        })
    }
}

/// `StorageConfigResponseFeaturesS3Protocol`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/features/properties/s3Protocol`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StorageConfigResponseFeaturesS3Protocol {
    /// `enabled`
    pub enabled: bool,
}

impl<'de> Deserialize<'de> for StorageConfigResponseFeaturesS3Protocol {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for StorageConfigResponseFeaturesS3Protocol {
    const EXPECTING: &'static str = "struct StorageConfigResponseFeaturesS3Protocol";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<bool> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "enabled" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(StorageConfigResponseFeaturesS3Protocol {
            enabled: crate::runtime::required(field_0, "enabled")?,
        })
    }
}

/// `StorageConfigResponseFeaturesVectorBuckets`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/features/properties/vectorBuckets`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StorageConfigResponseFeaturesVectorBuckets {
    /// `enabled`
    pub enabled: bool,
    /// `maxBuckets`
    #[serde(rename = "maxBuckets")]
    pub max_buckets: i64,
    /// `maxIndexes`
    #[serde(rename = "maxIndexes")]
    pub max_indexes: i64,
}

impl<'de> Deserialize<'de> for StorageConfigResponseFeaturesVectorBuckets {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for StorageConfigResponseFeaturesVectorBuckets {
    const EXPECTING: &'static str = "struct StorageConfigResponseFeaturesVectorBuckets";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<bool> = None;
        let mut field_1: Option<i64> = None;
        let mut field_2: Option<i64> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "enabled" => map.fill(&mut field_0),
                "maxBuckets" => map.fill(&mut field_1),
                "maxIndexes" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(StorageConfigResponseFeaturesVectorBuckets {
            enabled: crate::runtime::required(field_0, "enabled")?,
            max_buckets: crate::runtime::required(field_1, "maxBuckets")?,
            max_indexes: crate::runtime::required(field_2, "maxIndexes")?,
        })
    }
}
