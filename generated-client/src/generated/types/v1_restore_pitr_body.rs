//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RestorePitrBody`.

crate::runtime::object! {
    /// Schema: `V1RestorePitrBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1RestorePitrBody {
        #[wire(required)]
        pub recovery_time_target_unix: i64,
    }
}
