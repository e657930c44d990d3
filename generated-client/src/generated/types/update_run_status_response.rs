//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateRunStatusResponse`.

crate::runtime::object! {
    /// Schema: `UpdateRunStatusResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateRunStatusResponse {
        #[wire(required)]
        pub message: UpdateRunStatusResponseMessage,
    }
}

crate::runtime::open_enum! {
    /// Schema: `UpdateRunStatusResponse.message`
    #[allow(missing_docs)]
    pub enum UpdateRunStatusResponseMessage {
        Ok = "ok",
    }
}
