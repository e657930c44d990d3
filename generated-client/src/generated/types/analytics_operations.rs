//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types declared inline in operations (their parameters, bodies and responses).

crate::runtime::open_enum! {
    /// Schema: `GET /v1/projects/{ref}/analytics/endpoints/functions.combined-stats parameters[1]`
    #[allow(missing_docs)]
    pub enum GetProjectFunctionCombinedStatsInterval {
        V15min = "15min",
        V1hr = "1hr",
        V3hr = "3hr",
        V1day = "1day",
    }
}

crate::runtime::open_enum! {
    /// Schema: `GET /v1/projects/{ref}/analytics/endpoints/usage.api-counts parameters[1]`
    #[allow(missing_docs)]
    pub enum GetProjectUsageApiCountInterval {
        V15min = "15min",
        V30min = "30min",
        V1hr = "1hr",
        V3hr = "3hr",
        V1day = "1day",
        V3day = "3day",
        V7day = "7day",
    }
}
