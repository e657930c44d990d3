//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RestorePitrBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/V1RestorePitrBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct V1RestorePitrBody {
        pub recovery_time_target_unix: i64,
    }
}

impl V1RestorePitrBody {
    /// A value with the required fields (`recovery_time_target_unix`) set and every optional field
    /// absent.
    pub fn new(recovery_time_target_unix: i64) -> Self {
        Self { recovery_time_target_unix }
    }
}
