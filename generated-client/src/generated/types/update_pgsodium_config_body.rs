//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdatePgsodiumConfigBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/UpdatePgsodiumConfigBody`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    pub struct UpdatePgsodiumConfigBody {
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

impl UpdatePgsodiumConfigBody {
    /// A value with the required fields (`root_key`) set and every optional field absent.
    pub fn new(root_key: impl Into<String>) -> Self {
        Self { root_key: root_key.into() }
    }
}
