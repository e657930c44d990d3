//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateStorageConfigBody`.

crate::runtime::object! {
    /// Schema: `UpdateStorageConfigBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct UpdateStorageConfigBody {
        pub external: Option<UpdateStorageConfigBodyExternal>,
        pub features: Option<UpdateStorageConfigBodyFeatures>,
        #[wire("fileSizeLimit")]
        pub file_size_limit: Option<i64>,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateStorageConfigBody.external`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateStorageConfigBodyExternal {
        #[wire("upstreamTarget", required)]
        pub upstream_target: UpdateStorageConfigBodyExternalUpstreamTarget,
    }
}

crate::runtime::open_enum! {
    /// Schema: `UpdateStorageConfigBody.external.upstreamTarget`
    #[allow(missing_docs)]
    pub enum UpdateStorageConfigBodyExternalUpstreamTarget {
        Main = "main",
        Canary = "canary",
    }
}

crate::runtime::object! {
    /// Schema: `UpdateStorageConfigBody.features`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
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
    /// Schema: `UpdateStorageConfigBody.features.icebergCatalog`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateStorageConfigBodyFeaturesIcebergCatalog {
        #[wire(required)]
        pub enabled: bool,
        #[wire("maxCatalogs", required)]
        pub max_catalogs: i64,
        #[wire("maxNamespaces", required)]
        pub max_namespaces: i64,
        #[wire("maxTables", required)]
        pub max_tables: i64,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateStorageConfigBody.features.imageTransformation`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateStorageConfigBodyFeaturesImageTransformation {
        #[wire(required)]
        pub enabled: bool,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateStorageConfigBody.features.s3Protocol`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateStorageConfigBodyFeaturesS3Protocol {
        #[wire(required)]
        pub enabled: bool,
    }
}

crate::runtime::object! {
    /// Schema: `UpdateStorageConfigBody.features.vectorBuckets`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateStorageConfigBodyFeaturesVectorBuckets {
        #[wire(required)]
        pub enabled: bool,
        #[wire("maxBuckets", required)]
        pub max_buckets: i64,
        #[wire("maxIndexes", required)]
        pub max_indexes: i64,
    }
}
