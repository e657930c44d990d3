//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/GetProjectAvailableRestoreVersionsResponse`.

crate::runtime::object! {
    /// Schema: `GetProjectAvailableRestoreVersionsResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct GetProjectAvailableRestoreVersionsResponse {
        #[wire(required)]
        pub available_versions: Vec<
            GetProjectAvailableRestoreVersionsResponseAvailableVersionsItem,
        >,
    }
}

crate::runtime::object! {
    /// Schema: `GetProjectAvailableRestoreVersionsResponse.available_versions[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct GetProjectAvailableRestoreVersionsResponseAvailableVersionsItem {
        #[wire(required)]
        pub postgres_engine:
            GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemPostgresEngine,
        #[wire(required)]
        pub release_channel:
            GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemReleaseChannel,
        #[wire(required)]
        pub version: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `GetProjectAvailableRestoreVersionsResponse.available_versions[].postgres_engine`
    #[allow(missing_docs)]
    pub enum GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemPostgresEngine {
        V13 = "13",
        V14 = "14",
        V15 = "15",
        V17 = "17",
        V17Oriole = "17-oriole",
    }
}

crate::runtime::open_enum! {
    /// Schema: `GetProjectAvailableRestoreVersionsResponse.available_versions[].release_channel`
    #[allow(missing_docs)]
    pub enum GetProjectAvailableRestoreVersionsResponseAvailableVersionsItemReleaseChannel {
        Internal = "internal",
        Alpha = "alpha",
        Beta = "beta",
        Ga = "ga",
        Withdrawn = "withdrawn",
        Preview = "preview",
    }
}
