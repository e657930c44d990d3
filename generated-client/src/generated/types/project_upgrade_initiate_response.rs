//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ProjectUpgradeInitiateResponse`.

crate::runtime::object! {
    /// Schema: `ProjectUpgradeInitiateResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ProjectUpgradeInitiateResponse {
        #[wire(required)]
        pub tracking_id: String,
    }
}
