//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BranchDeleteResponse`.

crate::runtime::object! {
    /// Schema: `BranchDeleteResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BranchDeleteResponse {
        #[wire(required)]
        pub message: BranchDeleteResponseMessage,
    }
}

crate::runtime::open_enum! {
    /// Schema: `BranchDeleteResponse.message`
    #[allow(missing_docs)]
    pub enum BranchDeleteResponseMessage {
        Ok = "ok",
    }
}
