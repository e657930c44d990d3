//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RestoreBackupBody`.

crate::runtime::object! {
    /// Schema: `V1RestoreBackupBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1RestoreBackupBody {
        #[wire(required)]
        pub id: i64,
    }
}
