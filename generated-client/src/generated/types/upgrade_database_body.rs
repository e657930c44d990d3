//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpgradeDatabaseBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/UpgradeDatabaseBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpgradeDatabaseBody {
        pub release_channel: Option<UpgradeDatabaseBodyReleaseChannel>,
        pub target_version: String,
    }
}

impl UpgradeDatabaseBody {
    /// A value with the required fields (`target_version`) set and every optional field absent.
    pub fn new(target_version: impl Into<String>) -> Self {
        Self {
            release_channel: None,
            target_version: target_version.into(),
        }
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/UpgradeDatabaseBody/properties/release_channel`
    #[allow(missing_docs)]
    pub enum UpgradeDatabaseBodyReleaseChannel {
        Internal = "internal",
        Alpha = "alpha",
        Beta = "beta",
        Ga = "ga",
        Withdrawn = "withdrawn",
        Preview = "preview",
    }
}
