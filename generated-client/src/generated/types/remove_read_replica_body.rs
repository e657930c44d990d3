//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/RemoveReadReplicaBody`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/RemoveReadReplicaBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct RemoveReadReplicaBody {
        pub database_identifier: String,
    }
}

impl RemoveReadReplicaBody {
    /// A value with the required fields (`database_identifier`) set and every optional field
    /// absent.
    pub fn new(database_identifier: impl Into<String>) -> Self {
        Self {
            database_identifier: database_identifier.into(),
        }
    }
}
