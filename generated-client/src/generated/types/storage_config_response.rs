//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/StorageConfigResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/StorageConfigResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct StorageConfigResponse {
        pub capabilities: StorageConfigResponseCapabilities,
        #[wire("databasePoolMode")]
        pub database_pool_mode: String,
        pub external: StorageConfigResponseExternal,
        pub features: StorageConfigResponseFeatures,
        #[wire("fileSizeLimit")]
        pub file_size_limit: i64,
        #[wire("migrationVersion")]
        pub migration_version: String,
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/StorageConfigResponse/properties/capabilities`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct StorageConfigResponseCapabilities {
        pub iceberg_catalog: bool,
        pub list_v2: bool,
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/StorageConfigResponse/properties/external`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct StorageConfigResponseExternal {
        #[wire("upstreamTarget")]
        pub upstream_target: StorageConfigResponseExternalUpstreamTarget,
    }
}

crate::runtime::open_enum! {
    /// Schema:
    /// `#/components/schemas/StorageConfigResponse/properties/external/properties/upstreamTarget`
    #[allow(missing_docs)]
    pub enum StorageConfigResponseExternalUpstreamTarget {
        Main = "main",
        Canary = "canary",
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/StorageConfigResponse/properties/features`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct StorageConfigResponseFeatures {
        #[wire("icebergCatalog")]
        pub iceberg_catalog: StorageConfigResponseFeaturesIcebergCatalog,
        #[wire("imageTransformation")]
        pub image_transformation: StorageConfigResponseFeaturesImageTransformation,
        #[wire("s3Protocol")]
        pub s3_protocol: StorageConfigResponseFeaturesS3Protocol,
        #[wire("vectorBuckets")]
        pub vector_buckets: StorageConfigResponseFeaturesVectorBuckets,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/StorageConfigResponse/properties/features/properties/icebergCatalog`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct StorageConfigResponseFeaturesIcebergCatalog {
        pub enabled: bool,
        #[wire("maxCatalogs")]
        pub max_catalogs: i64,
        #[wire("maxNamespaces")]
        pub max_namespaces: i64,
        #[wire("maxTables")]
        pub max_tables: i64,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/StorageConfigResponse/properties/features/properties/imageTransformation`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct StorageConfigResponseFeaturesImageTransformation {
        pub enabled: bool,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/StorageConfigResponse/properties/features/properties/s3Protocol`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct StorageConfigResponseFeaturesS3Protocol {
        pub enabled: bool,
    }
}

crate::runtime::object! {
    /// Schema:
    /// `#/components/schemas/StorageConfigResponse/properties/features/properties/vectorBuckets`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct StorageConfigResponseFeaturesVectorBuckets {
        pub enabled: bool,
        #[wire("maxBuckets")]
        pub max_buckets: i64,
        #[wire("maxIndexes")]
        pub max_indexes: i64,
    }
}
