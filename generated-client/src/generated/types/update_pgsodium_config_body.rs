//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdatePgsodiumConfigBody`.

crate::runtime::object! {
    /// Schema: `UpdatePgsodiumConfigBody`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdatePgsodiumConfigBody {
        #[wire(required)]
        pub root_key: String,
    }
}

impl std::fmt::Debug for UpdatePgsodiumConfigBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdatePgsodiumConfigBody")
            .field("root_key", &format_args!("[redacted]"))
            .finish()
    }
}
