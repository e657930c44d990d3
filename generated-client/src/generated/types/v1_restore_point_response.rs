//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RestorePointResponse`.

crate::runtime::object! {
    /// Schema: `V1RestorePointResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1RestorePointResponse {
        #[wire(required)]
        pub completed_on: Option<
            crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
        >,
        #[wire(required)]
        pub name: String,
        #[wire(required)]
        pub status: V1RestorePointResponseStatus,
    }
}

crate::runtime::open_enum! {
    /// Schema: `V1RestorePointResponse.status`
    #[allow(missing_docs)]
    pub enum V1RestorePointResponseStatus {
        Available = "AVAILABLE",
        Pending = "PENDING",
        Removed = "REMOVED",
        Failed = "FAILED",
    }
}
