//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/StorageConfigResponse`.

crate::runtime::object! {
    /// Schema: `StorageConfigResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct StorageConfigResponse {
        #[wire(required)]
        pub capabilities: StorageConfigResponseCapabilities,
        #[wire("databasePoolMode", required)]
        pub database_pool_mode: String,
        #[wire(required)]
        pub external: StorageConfigResponseExternal,
        #[wire(required)]
        pub features: StorageConfigResponseFeatures,
        #[wire("fileSizeLimit", required)]
        pub file_size_limit: i64,
        #[wire("migrationVersion", required)]
        pub migration_version: String,
    }
}

crate::runtime::object! {
    /// Schema: `StorageConfigResponse.capabilities`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct StorageConfigResponseCapabilities {
        #[wire(required)]
        pub iceberg_catalog: bool,
        #[wire(required)]
        pub list_v2: bool,
    }
}

crate::runtime::object! {
    /// Schema: `StorageConfigResponse.external`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct StorageConfigResponseExternal {
        #[wire("upstreamTarget", required)]
        pub upstream_target: StorageConfigResponseExternalUpstreamTarget,
    }
}

crate::runtime::open_enum! {
    /// Schema: `StorageConfigResponse.external.upstreamTarget`
    #[allow(missing_docs)]
    pub enum StorageConfigResponseExternalUpstreamTarget {
        Main = "main",
        Canary = "canary",
    }
}

crate::runtime::object! {
    /// Schema: `StorageConfigResponse.features`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct StorageConfigResponseFeatures {
        #[wire("icebergCatalog", required)]
        pub iceberg_catalog: StorageConfigResponseFeaturesIcebergCatalog,
        #[wire("imageTransformation", required)]
        pub image_transformation: StorageConfigResponseFeaturesImageTransformation,
        #[wire("s3Protocol", required)]
        pub s3_protocol: StorageConfigResponseFeaturesS3Protocol,
        #[wire("vectorBuckets", required)]
        pub vector_buckets: StorageConfigResponseFeaturesVectorBuckets,
    }
}

crate::runtime::object! {
    /// Schema: `StorageConfigResponse.features.icebergCatalog`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct StorageConfigResponseFeaturesIcebergCatalog {
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
    /// Schema: `StorageConfigResponse.features.imageTransformation`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct StorageConfigResponseFeaturesImageTransformation {
        #[wire(required)]
        pub enabled: bool,
    }
}

crate::runtime::object! {
    /// Schema: `StorageConfigResponse.features.s3Protocol`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct StorageConfigResponseFeaturesS3Protocol {
        #[wire(required)]
        pub enabled: bool,
    }
}

crate::runtime::object! {
    /// Schema: `StorageConfigResponse.features.vectorBuckets`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct StorageConfigResponseFeaturesVectorBuckets {
        #[wire(required)]
        pub enabled: bool,
        #[wire("maxBuckets", required)]
        pub max_buckets: i64,
        #[wire("maxIndexes", required)]
        pub max_indexes: i64,
    }
}
