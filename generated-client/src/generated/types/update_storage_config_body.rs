//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateStorageConfigBody`.

use serde::{Deserialize, Serialize};

/// `UpdateStorageConfigBody`
///
/// Schema: `#/components/schemas/UpdateStorageConfigBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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

impl<'de> Deserialize<'de> for UpdateStorageConfigBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateStorageConfigBody {
    const EXPECTING: &'static str = "struct UpdateStorageConfigBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<UpdateStorageConfigBodyExternal>> = None;
        let mut field_1: Option<Option<UpdateStorageConfigBodyFeatures>> = None;
        let mut field_2: Option<Option<i64>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "external" => map.fill(&mut field_0),
                "features" => map.fill(&mut field_1),
                "fileSizeLimit" => map.fill(&mut field_2),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateStorageConfigBody {
            external: Option::flatten(field_0),
            features: Option::flatten(field_1),
            file_size_limit: Option::flatten(field_2),
        })
    }
}

/// `UpdateStorageConfigBodyExternal`
///
/// Schema: `#/components/schemas/UpdateStorageConfigBody/properties/external`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateStorageConfigBodyExternal {
    /// `upstreamTarget`
    #[serde(rename = "upstreamTarget")]
    pub upstream_target: UpdateStorageConfigBodyExternalUpstreamTarget,
}

impl<'de> Deserialize<'de> for UpdateStorageConfigBodyExternal {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateStorageConfigBodyExternal {
    const EXPECTING: &'static str = "struct UpdateStorageConfigBodyExternal";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<UpdateStorageConfigBodyExternalUpstreamTarget> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "upstreamTarget" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateStorageConfigBodyExternal {
            upstream_target: crate::runtime::required(field_0, "upstreamTarget")?,
        })
    }
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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

impl<'de> Deserialize<'de> for UpdateStorageConfigBodyFeatures {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateStorageConfigBodyFeatures {
    const EXPECTING: &'static str = "struct UpdateStorageConfigBodyFeatures";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<UpdateStorageConfigBodyFeaturesIcebergCatalog>> = None;
        let mut field_1: Option<
            Option<UpdateStorageConfigBodyFeaturesImageTransformation>,
        > = None;
        let mut field_2: Option<Option<UpdateStorageConfigBodyFeaturesS3Protocol>> = None;
        let mut field_3: Option<Option<UpdateStorageConfigBodyFeaturesVectorBuckets>> = None;
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
        Ok(UpdateStorageConfigBodyFeatures {
            iceberg_catalog: Option::flatten(field_0),
            image_transformation: Option::flatten(field_1),
            s3_protocol: Option::flatten(field_2),
            vector_buckets: Option::flatten(field_3),
        })
    }
}

/// `UpdateStorageConfigBodyFeaturesIcebergCatalog`
///
/// Schema: `#/components/schemas/UpdateStorageConfigBody/properties/features/properties/icebergCatalog`
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for UpdateStorageConfigBodyFeaturesIcebergCatalog {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateStorageConfigBodyFeaturesIcebergCatalog {
    const EXPECTING: &'static str = "struct UpdateStorageConfigBodyFeaturesIcebergCatalog";
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
        Ok(UpdateStorageConfigBodyFeaturesIcebergCatalog {
            enabled: crate::runtime::required(field_0, "enabled")?,
            max_catalogs: crate::runtime::required(field_1, "maxCatalogs")?,
            max_namespaces: crate::runtime::required(field_2, "maxNamespaces")?,
            max_tables: crate::runtime::required(field_3, "maxTables")?,
        })
    }
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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateStorageConfigBodyFeaturesImageTransformation {
    /// `enabled`
    pub enabled: bool,
}

impl<'de> Deserialize<'de> for UpdateStorageConfigBodyFeaturesImageTransformation {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateStorageConfigBodyFeaturesImageTransformation {
    const EXPECTING: &'static str = "struct UpdateStorageConfigBodyFeaturesImageTransformation";
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
        Ok(UpdateStorageConfigBodyFeaturesImageTransformation {
            enabled: crate::runtime::required(field_0, "enabled")?,
        })
    }
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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateStorageConfigBodyFeaturesS3Protocol {
    /// `enabled`
    pub enabled: bool,
}

impl<'de> Deserialize<'de> for UpdateStorageConfigBodyFeaturesS3Protocol {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateStorageConfigBodyFeaturesS3Protocol {
    const EXPECTING: &'static str = "struct UpdateStorageConfigBodyFeaturesS3Protocol";
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
        Ok(UpdateStorageConfigBodyFeaturesS3Protocol {
            enabled: crate::runtime::required(field_0, "enabled")?,
        })
    }
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
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for UpdateStorageConfigBodyFeaturesVectorBuckets {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateStorageConfigBodyFeaturesVectorBuckets {
    const EXPECTING: &'static str = "struct UpdateStorageConfigBodyFeaturesVectorBuckets";
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
        Ok(UpdateStorageConfigBodyFeaturesVectorBuckets {
            enabled: crate::runtime::required(field_0, "enabled")?,
            max_buckets: crate::runtime::required(field_1, "maxBuckets")?,
            max_indexes: crate::runtime::required(field_2, "maxIndexes")?,
        })
    }
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
