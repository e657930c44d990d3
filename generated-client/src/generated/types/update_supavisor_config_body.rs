//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateSupavisorConfigBody`.

crate::runtime::object! {
    /// Schema: `UpdateSupavisorConfigBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct UpdateSupavisorConfigBody {
        pub default_pool_size: crate::runtime::Nullable<i64>,
        /// Dedicated pooler mode for the project
        pub pool_mode: Option<UpdateSupavisorConfigBodyPoolMode>,
    }
}

crate::runtime::open_enum! {
    /// Dedicated pooler mode for the project
    ///
    /// Schema: `UpdateSupavisorConfigBody.pool_mode`
    #[allow(missing_docs)]
    pub enum UpdateSupavisorConfigBodyPoolMode {
        Transaction = "transaction",
        Session = "session",
    }
}
