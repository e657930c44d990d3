//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateCustomHostnameBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/UpdateCustomHostnameBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateCustomHostnameBody {
        pub custom_hostname: String,
    }
}

impl UpdateCustomHostnameBody {
    /// A value with the required fields (`custom_hostname`) set and every optional field absent.
    pub fn new(custom_hostname: impl Into<String>) -> Self {
        Self {
            custom_hostname: custom_hostname.into(),
        }
    }
}
