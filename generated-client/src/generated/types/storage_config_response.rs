//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/StorageConfigResponse`.

use serde::{Deserialize, Serialize};

/// `StorageConfigResponse`
///
/// Schema: `#/components/schemas/StorageConfigResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// `StorageConfigResponseCapabilities`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/capabilities`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StorageConfigResponseCapabilities {
    /// `iceberg_catalog`
    pub iceberg_catalog: bool,
    /// `list_v2`
    pub list_v2: bool,
}

/// `StorageConfigResponseExternal`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/external`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StorageConfigResponseExternal {
    /// `upstreamTarget`
    #[serde(rename = "upstreamTarget")]
    pub upstream_target: StorageConfigResponseExternalUpstreamTarget,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// `StorageConfigResponseFeaturesIcebergCatalog`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/features/properties/icebergCatalog`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// `StorageConfigResponseFeaturesImageTransformation`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/features/properties/imageTransformation`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StorageConfigResponseFeaturesImageTransformation {
    /// `enabled`
    pub enabled: bool,
}

/// `StorageConfigResponseFeaturesS3Protocol`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/features/properties/s3Protocol`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StorageConfigResponseFeaturesS3Protocol {
    /// `enabled`
    pub enabled: bool,
}

/// `StorageConfigResponseFeaturesVectorBuckets`
///
/// Schema: `#/components/schemas/StorageConfigResponse/properties/features/properties/vectorBuckets`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
