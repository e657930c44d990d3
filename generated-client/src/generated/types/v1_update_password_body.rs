//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdatePasswordBody`.

crate::runtime::object! {
    /// Schema: `V1UpdatePasswordBody`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1UpdatePasswordBody {
        #[wire(required)]
        pub password: String,
    }
}

impl std::fmt::Debug for V1UpdatePasswordBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("V1UpdatePasswordBody")
            .field("password", &format_args!("[redacted]"))
            .finish()
    }
}
