//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateStorageConfigBody`.

use serde::{Deserialize, Serialize};

/// `UpdateStorageConfigBody`
///
/// Schema: `#/components/schemas/UpdateStorageConfigBody`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateStorageConfigBody {
    /// `external`
    pub external: Option<UpdateStorageConfigBodyExternal>,
    /// `features`
    pub features: Option<UpdateStorageConfigBodyFeatures>,
    /// `fileSizeLimit`
    pub file_size_limit: Option<i64>,
}

impl crate::runtime::ToFields for UpdateStorageConfigBody {
    const NAME: &'static str = "UpdateStorageConfigBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("external", &self.external)
            .optional("features", &self.features)
            .optional("fileSizeLimit", &self.file_size_limit)
    }
}

impl crate::runtime::FromFields for UpdateStorageConfigBody {
    const EXPECTING: &'static str = "struct UpdateStorageConfigBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut external: Option<UpdateStorageConfigBodyExternal> = None;
        let mut features: Option<UpdateStorageConfigBodyFeatures> = None;
        let mut file_size_limit: Option<i64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "external" => __map.set(&mut external),
                "features" => __map.set(&mut features),
                "fileSizeLimit" => __map.set(&mut file_size_limit),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateStorageConfigBody {
            external,
            features,
            file_size_limit,
        })
    }
}
crate::runtime::object_serde!(UpdateStorageConfigBody);

/// `UpdateStorageConfigBodyExternal`
///
/// Schema: `#/components/schemas/UpdateStorageConfigBody/properties/external`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateStorageConfigBodyExternal {
    /// `upstreamTarget`
    pub upstream_target: UpdateStorageConfigBodyExternalUpstreamTarget,
}

impl crate::runtime::ToFields for UpdateStorageConfigBodyExternal {
    const NAME: &'static str = "UpdateStorageConfigBodyExternal";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("upstreamTarget", &self.upstream_target)
    }
}

impl crate::runtime::FromFields for UpdateStorageConfigBodyExternal {
    const EXPECTING: &'static str = "struct UpdateStorageConfigBodyExternal";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut upstream_target: Option<UpdateStorageConfigBodyExternalUpstreamTarget> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "upstreamTarget" => __map.fill(&mut upstream_target),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateStorageConfigBodyExternal {
            upstream_target: crate::runtime::required(upstream_target, "upstreamTarget")?,
        })
    }
}
crate::runtime::object_serde!(UpdateStorageConfigBodyExternal);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateStorageConfigBodyFeatures {
    /// `icebergCatalog`
    pub iceberg_catalog: Option<UpdateStorageConfigBodyFeaturesIcebergCatalog>,
    /// `imageTransformation`
    pub image_transformation: Option<UpdateStorageConfigBodyFeaturesImageTransformation>,
    /// `s3Protocol`
    pub s3_protocol: Option<UpdateStorageConfigBodyFeaturesS3Protocol>,
    /// `vectorBuckets`
    pub vector_buckets: Option<UpdateStorageConfigBodyFeaturesVectorBuckets>,
}

impl crate::runtime::ToFields for UpdateStorageConfigBodyFeatures {
    const NAME: &'static str = "UpdateStorageConfigBodyFeatures";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("icebergCatalog", &self.iceberg_catalog)
            .optional("imageTransformation", &self.image_transformation)
            .optional("s3Protocol", &self.s3_protocol)
            .optional("vectorBuckets", &self.vector_buckets)
    }
}

impl crate::runtime::FromFields for UpdateStorageConfigBodyFeatures {
    const EXPECTING: &'static str = "struct UpdateStorageConfigBodyFeatures";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut iceberg_catalog: Option<UpdateStorageConfigBodyFeaturesIcebergCatalog> = None;
        let mut image_transformation: Option<
            UpdateStorageConfigBodyFeaturesImageTransformation,
        > = None;
        let mut s3_protocol: Option<UpdateStorageConfigBodyFeaturesS3Protocol> = None;
        let mut vector_buckets: Option<UpdateStorageConfigBodyFeaturesVectorBuckets> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "icebergCatalog" => __map.set(&mut iceberg_catalog),
                "imageTransformation" => __map.set(&mut image_transformation),
                "s3Protocol" => __map.set(&mut s3_protocol),
                "vectorBuckets" => __map.set(&mut vector_buckets),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateStorageConfigBodyFeatures {
            iceberg_catalog,
            image_transformation,
            s3_protocol,
            vector_buckets,
        })
    }
}
crate::runtime::object_serde!(UpdateStorageConfigBodyFeatures);

/// `UpdateStorageConfigBodyFeaturesIcebergCatalog`
///
/// Schema: `#/components/schemas/UpdateStorageConfigBody/properties/features/properties/icebergCatalog`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateStorageConfigBodyFeaturesIcebergCatalog {
    /// `enabled`
    pub enabled: bool,
    /// `maxCatalogs`
    pub max_catalogs: i64,
    /// `maxNamespaces`
    pub max_namespaces: i64,
    /// `maxTables`
    pub max_tables: i64,
}

impl crate::runtime::ToFields for UpdateStorageConfigBodyFeaturesIcebergCatalog {
    const NAME: &'static str = "UpdateStorageConfigBodyFeaturesIcebergCatalog";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("enabled", &self.enabled)
            .field("maxCatalogs", &self.max_catalogs)
            .field("maxNamespaces", &self.max_namespaces)
            .field("maxTables", &self.max_tables)
    }
}

impl crate::runtime::FromFields for UpdateStorageConfigBodyFeaturesIcebergCatalog {
    const EXPECTING: &'static str = "struct UpdateStorageConfigBodyFeaturesIcebergCatalog";
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
        Ok(UpdateStorageConfigBodyFeaturesIcebergCatalog {
            enabled: crate::runtime::required(enabled, "enabled")?,
            max_catalogs: crate::runtime::required(max_catalogs, "maxCatalogs")?,
            max_namespaces: crate::runtime::required(max_namespaces, "maxNamespaces")?,
            max_tables: crate::runtime::required(max_tables, "maxTables")?,
        })
    }
}
crate::runtime::object_serde!(UpdateStorageConfigBodyFeaturesIcebergCatalog);

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
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateStorageConfigBodyFeaturesImageTransformation {
    /// `enabled`
    pub enabled: bool,
}

impl crate::runtime::ToFields for UpdateStorageConfigBodyFeaturesImageTransformation {
    const NAME: &'static str = "UpdateStorageConfigBodyFeaturesImageTransformation";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("enabled", &self.enabled)
    }
}

impl crate::runtime::FromFields for UpdateStorageConfigBodyFeaturesImageTransformation {
    const EXPECTING: &'static str = "struct UpdateStorageConfigBodyFeaturesImageTransformation";
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
        Ok(UpdateStorageConfigBodyFeaturesImageTransformation {
            enabled: crate::runtime::required(enabled, "enabled")?,
        })
    }
}
crate::runtime::object_serde!(UpdateStorageConfigBodyFeaturesImageTransformation);

impl UpdateStorageConfigBodyFeaturesImageTransformation {
    /// A value with the required fields (`enabled`) set and every optional field absent.
    pub fn new(enabled: bool) -> Self {
        Self { enabled }
    }
}

/// `UpdateStorageConfigBodyFeaturesS3Protocol`
///
/// Schema: `#/components/schemas/UpdateStorageConfigBody/properties/features/properties/s3Protocol`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateStorageConfigBodyFeaturesS3Protocol {
    /// `enabled`
    pub enabled: bool,
}

impl crate::runtime::ToFields for UpdateStorageConfigBodyFeaturesS3Protocol {
    const NAME: &'static str = "UpdateStorageConfigBodyFeaturesS3Protocol";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("enabled", &self.enabled)
    }
}

impl crate::runtime::FromFields for UpdateStorageConfigBodyFeaturesS3Protocol {
    const EXPECTING: &'static str = "struct UpdateStorageConfigBodyFeaturesS3Protocol";
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
        Ok(UpdateStorageConfigBodyFeaturesS3Protocol {
            enabled: crate::runtime::required(enabled, "enabled")?,
        })
    }
}
crate::runtime::object_serde!(UpdateStorageConfigBodyFeaturesS3Protocol);

impl UpdateStorageConfigBodyFeaturesS3Protocol {
    /// A value with the required fields (`enabled`) set and every optional field absent.
    pub fn new(enabled: bool) -> Self {
        Self { enabled }
    }
}

/// `UpdateStorageConfigBodyFeaturesVectorBuckets`
///
/// Schema: `#/components/schemas/UpdateStorageConfigBody/properties/features/properties/vectorBuckets`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateStorageConfigBodyFeaturesVectorBuckets {
    /// `enabled`
    pub enabled: bool,
    /// `maxBuckets`
    pub max_buckets: i64,
    /// `maxIndexes`
    pub max_indexes: i64,
}

impl crate::runtime::ToFields for UpdateStorageConfigBodyFeaturesVectorBuckets {
    const NAME: &'static str = "UpdateStorageConfigBodyFeaturesVectorBuckets";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("enabled", &self.enabled)
            .field("maxBuckets", &self.max_buckets)
            .field("maxIndexes", &self.max_indexes)
    }
}

impl crate::runtime::FromFields for UpdateStorageConfigBodyFeaturesVectorBuckets {
    const EXPECTING: &'static str = "struct UpdateStorageConfigBodyFeaturesVectorBuckets";
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
        Ok(UpdateStorageConfigBodyFeaturesVectorBuckets {
            enabled: crate::runtime::required(enabled, "enabled")?,
            max_buckets: crate::runtime::required(max_buckets, "maxBuckets")?,
            max_indexes: crate::runtime::required(max_indexes, "maxIndexes")?,
        })
    }
}
crate::runtime::object_serde!(UpdateStorageConfigBodyFeaturesVectorBuckets);

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
