//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/RemoveReadReplicaBody`.

crate::runtime::object! {
    /// Schema: `RemoveReadReplicaBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct RemoveReadReplicaBody {
        #[wire(required)]
        pub database_identifier: String,
    }
}
