//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateSigningKeyBody`.

crate::runtime::object! {
    /// Schema: `UpdateSigningKeyBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateSigningKeyBody {
        #[wire(required)]
        pub status: UpdateSigningKeyBodyStatus,
    }
}

crate::runtime::open_enum! {
    /// Schema: `UpdateSigningKeyBody.status`
    #[allow(missing_docs)]
    pub enum UpdateSigningKeyBodyStatus {
        InUse = "in_use",
        PreviouslyUsed = "previously_used",
        Revoked = "revoked",
        Standby = "standby",
    }
}
