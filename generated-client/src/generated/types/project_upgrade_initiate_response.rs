//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ProjectUpgradeInitiateResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/ProjectUpgradeInitiateResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct ProjectUpgradeInitiateResponse {
        pub tracking_id: String,
    }
}
