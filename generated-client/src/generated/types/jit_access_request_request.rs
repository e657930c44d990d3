//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/JitAccessRequestRequest`.

crate::runtime::object! {
    /// Schema: `JitAccessRequestRequest`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitAccessRequestRequest {
        #[wire(required)]
        pub state: JitAccessRequestRequestState,
    }
}

crate::runtime::open_enum! {
    /// Schema: `JitAccessRequestRequest.state`
    #[allow(missing_docs)]
    pub enum JitAccessRequestRequestState {
        Enabled = "enabled",
        Disabled = "disabled",
    }
}
