//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateStorageConfigBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/UpdateStorageConfigBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct UpdateStorageConfigBody {
        pub external: Option<UpdateStorageConfigBodyExternal>,
        pub features: Option<UpdateStorageConfigBodyFeatures>,
        #[wire("fileSizeLimit")]
        pub file_size_limit: Option<i64>,
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/UpdateStorageConfigBody/properties/external`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateStorageConfigBodyExternal {
        #[wire("upstreamTarget")]
        pub upstream_target: UpdateStorageConfigBodyExternalUpstreamTarget,
    }
}

impl UpdateStorageConfigBodyExternal {
    /// A value with the required fields (`upstream_target`) set and every optional field absent.
    pub fn new(upstream_target: UpdateStorageConfigBodyExternalUpstreamTarget) -> Self {
        Self { upstream_target }
    }
}

crate::runtime::open_enum! {
    /// Schema:
    /// `#/components/schemas/UpdateStorageConfigBody/properties/external/properties/upstreamTarget`
    #[allow(missing_docs)]
    pub enum UpdateStorageConfigBodyExternalUpstreamTarget {
        Main = "main",
        Canary = "canary",
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/UpdateStorageConfigBody/properties/features`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct UpdateStorageConfigBodyFeatures {
        #[wire("icebergCatalog")]
        pub iceberg_catalog: Option<UpdateStorageConfigBodyFeaturesIcebergCatalog>,
        #[wire("imageTransformation")]
        pub image_transformation: Option<UpdateStorageConfigBodyFeaturesImageTransformation>,
        #[wire("s3Protocol")]
        pub s3_protocol: Option<UpdateStorageConfigBodyFeaturesS3Protocol>,
        #[wire("vectorBuckets")]
        pub vector_buckets: Option<UpdateStorageConfigBodyFeaturesVectorBuckets>,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/UpdateStorageConfigBody/properties/features/properties/icebergCatalog`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateStorageConfigBodyFeaturesIcebergCatalog {
        pub enabled: bool,
        #[wire("maxCatalogs")]
        pub max_catalogs: i64,
        #[wire("maxNamespaces")]
        pub max_namespaces: i64,
        #[wire("maxTables")]
        pub max_tables: i64,
    }
}

impl UpdateStorageConfigBodyFeaturesIcebergCatalog {
    /// A value with the required fields (`enabled`, `max_catalogs`, `max_namespaces`, `max_tables`)
    /// set and every optional field absent.
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

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/UpdateStorageConfigBody/properties/features/properties/imageTransformation`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateStorageConfigBodyFeaturesImageTransformation {
        pub enabled: bool,
    }
}

impl UpdateStorageConfigBodyFeaturesImageTransformation {
    /// A value with the required fields (`enabled`) set and every optional field absent.
    pub fn new(enabled: bool) -> Self {
        Self { enabled }
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/UpdateStorageConfigBody/properties/features/properties/s3Protocol`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateStorageConfigBodyFeaturesS3Protocol {
        pub enabled: bool,
    }
}

impl UpdateStorageConfigBodyFeaturesS3Protocol {
    /// A value with the required fields (`enabled`) set and every optional field absent.
    pub fn new(enabled: bool) -> Self {
        Self { enabled }
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/UpdateStorageConfigBody/properties/features/properties/vectorBuckets`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateStorageConfigBodyFeaturesVectorBuckets {
        pub enabled: bool,
        #[wire("maxBuckets")]
        pub max_buckets: i64,
        #[wire("maxIndexes")]
        pub max_indexes: i64,
    }
}

impl UpdateStorageConfigBodyFeaturesVectorBuckets {
    /// A value with the required fields (`enabled`, `max_buckets`, `max_indexes`) set and every
    /// optional field absent.
    pub fn new(enabled: bool, max_buckets: i64, max_indexes: i64) -> Self {
        Self {
            enabled,
            max_buckets,
            max_indexes,
        }
    }
}
