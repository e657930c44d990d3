//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpgradeDatabaseBody`.

crate::runtime::object! {
    /// Schema: `UpgradeDatabaseBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpgradeDatabaseBody {
        pub release_channel: Option<UpgradeDatabaseBodyReleaseChannel>,
        #[wire(required)]
        pub target_version: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `UpgradeDatabaseBody.release_channel`
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
