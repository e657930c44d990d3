//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BranchUpdateResponse`.

crate::runtime::object! {
    /// Schema: `BranchUpdateResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BranchUpdateResponse {
        #[wire(required)]
        pub message: BranchUpdateResponseMessage,
        #[wire(required)]
        pub workflow_run_id: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `BranchUpdateResponse.message`
    #[allow(missing_docs)]
    pub enum BranchUpdateResponseMessage {
        Ok = "ok",
    }
}
