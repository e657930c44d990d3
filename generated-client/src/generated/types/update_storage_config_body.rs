//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateStorageConfigBody`.

use serde::{Deserialize, Serialize};

/// `UpdateStorageConfigBody`
///
/// Schema: `#/components/schemas/UpdateStorageConfigBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateStorageConfigBody {
    /// `external`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external: Option<UpdateStorageConfigBodyExternal>,
    /// `features`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<UpdateStorageConfigBodyFeatures>,
    /// `fileSizeLimit`
    #[serde(rename = "fileSizeLimit")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_size_limit: Option<i64>,
}

/// `UpdateStorageConfigBodyExternal`
///
/// Schema: `#/components/schemas/UpdateStorageConfigBody/properties/external`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateStorageConfigBodyExternal {
    /// `upstreamTarget`
    #[serde(rename = "upstreamTarget")]
    pub upstream_target: UpdateStorageConfigBodyExternalUpstreamTarget,
}

impl UpdateStorageConfigBodyExternal {
    /// A value with the required fields (`upstream_target`) set and every optional field absent.
    pub fn new(upstream_target: UpdateStorageConfigBodyExternalUpstreamTarget) -> Self {
        Self { upstream_target }
    }
}

/// `UpdateStorageConfigBodyExternalUpstreamTarget`
///
/// Schema: `#/components/schemas/UpdateStorageConfigBody/properties/external/properties/upstreamTarget`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateStorageConfigBodyExternalUpstreamTarget {
    /// `main`
    Main,
    /// `canary`
    Canary,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl UpdateStorageConfigBodyExternalUpstreamTarget {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Main => "main",
            Self::Canary => "canary",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateStorageConfigBodyExternalUpstreamTarget {
    fn from(value: &str) -> Self {
        match value {
            "main" => Self::Main,
            "canary" => Self::Canary,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for UpdateStorageConfigBodyExternalUpstreamTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateStorageConfigBodyExternalUpstreamTarget {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateStorageConfigBodyExternalUpstreamTarget {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `UpdateStorageConfigBodyFeatures`
///
/// Schema: `#/components/schemas/UpdateStorageConfigBody/properties/features`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateStorageConfigBodyFeatures {
    /// `icebergCatalog`
    #[serde(rename = "icebergCatalog")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iceberg_catalog: Option<UpdateStorageConfigBodyFeaturesIcebergCatalog>,
    /// `imageTransformation`
    #[serde(rename = "imageTransformation")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_transformation: Option<UpdateStorageConfigBodyFeaturesImageTransformation>,
    /// `s3Protocol`
    #[serde(rename = "s3Protocol")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_protocol: Option<UpdateStorageConfigBodyFeaturesS3Protocol>,
    /// `vectorBuckets`
    #[serde(rename = "vectorBuckets")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vector_buckets: Option<UpdateStorageConfigBodyFeaturesVectorBuckets>,
}

/// `UpdateStorageConfigBodyFeaturesIcebergCatalog`
///
/// Schema: `#/components/schemas/UpdateStorageConfigBody/properties/features/properties/icebergCatalog`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateStorageConfigBodyFeaturesIcebergCatalog {
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

impl UpdateStorageConfigBodyFeaturesIcebergCatalog {
    /// A value with the required fields (`enabled`, `max_catalogs`, `max_namespaces`, `max_tables`) set and every optional field absent.
    pub fn new(
        enabled: bool,
        max_catalogs: i64,
        max_namespaces: i64,
        max_tables: i64,
    ) -> Self {
        Self {
            enabled,
            max_catalogs,
            max_namespaces,
            max_tables,
        }
    }
}

/// `UpdateStorageConfigBodyFeaturesImageTransformation`
///
/// Schema: `#/components/schemas/UpdateStorageConfigBody/properties/features/properties/imageTransformation`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateStorageConfigBodyFeaturesImageTransformation {
    /// `enabled`
    pub enabled: bool,
}

impl UpdateStorageConfigBodyFeaturesImageTransformation {
    /// A value with the required fields (`enabled`) set and every optional field absent.
    pub fn new(enabled: bool) -> Self {
        Self { enabled }
    }
}

/// `UpdateStorageConfigBodyFeaturesS3Protocol`
///
/// Schema: `#/components/schemas/UpdateStorageConfigBody/properties/features/properties/s3Protocol`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateStorageConfigBodyFeaturesS3Protocol {
    /// `enabled`
    pub enabled: bool,
}

impl UpdateStorageConfigBodyFeaturesS3Protocol {
    /// A value with the required fields (`enabled`) set and every optional field absent.
    pub fn new(enabled: bool) -> Self {
        Self { enabled }
    }
}

/// `UpdateStorageConfigBodyFeaturesVectorBuckets`
///
/// Schema: `#/components/schemas/UpdateStorageConfigBody/properties/features/properties/vectorBuckets`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateStorageConfigBodyFeaturesVectorBuckets {
    /// `enabled`
    pub enabled: bool,
    /// `maxBuckets`
    #[serde(rename = "maxBuckets")]
    pub max_buckets: i64,
    /// `maxIndexes`
    #[serde(rename = "maxIndexes")]
    pub max_indexes: i64,
}

impl UpdateStorageConfigBodyFeaturesVectorBuckets {
    /// A value with the required fields (`enabled`, `max_buckets`, `max_indexes`) set and every optional field absent.
    pub fn new(enabled: bool, max_buckets: i64, max_indexes: i64) -> Self {
        Self {
            enabled,
            max_buckets,
            max_indexes,
        }
    }
}
