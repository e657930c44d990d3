//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BranchRestoreResponse`.

crate::runtime::object! {
    /// Schema: `BranchRestoreResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BranchRestoreResponse {
        #[wire(required)]
        pub message: BranchRestoreResponseMessage,
    }
}

crate::runtime::open_enum! {
    /// Schema: `BranchRestoreResponse.message`
    #[allow(missing_docs)]
    pub enum BranchRestoreResponseMessage {
        BranchRestorationInitiated = "Branch restoration initiated",
    }
}
