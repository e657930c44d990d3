//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RestoreBackupBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/V1RestoreBackupBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct V1RestoreBackupBody {
        pub id: i64,
    }
}

impl V1RestoreBackupBody {
    /// A value with the required fields (`id`) set and every optional field absent.
    pub fn new(id: i64) -> Self {
        Self { id }
    }
}
