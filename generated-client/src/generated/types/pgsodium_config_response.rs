//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/PgsodiumConfigResponse`.

crate::runtime::object! {
    /// Schema: `PgsodiumConfigResponse`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct PgsodiumConfigResponse {
        #[wire(required)]
        pub root_key: String,
    }
}

impl std::fmt::Debug for PgsodiumConfigResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgsodiumConfigResponse")
            .field("root_key", &format_args!("[redacted]"))
            .finish()
    }
}
