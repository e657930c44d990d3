//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Analytics`.

use super::super::Client;
use super::super::types;

impl Client {
    /// Gets a project's function combined statistics
    ///
    /// `GET /v1/projects/{ref}/analytics/endpoints/functions.combined-stats` (operation
    /// `v1-get-project-function-combined-stats`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_project_function_combined_stats")]
    pub fn get_project_function_combined_stats(
        &self,
        ref_: impl Into<String>,
        function_id: impl Into<String>,
        interval: types::GetProjectFunctionCombinedStatsInterval,
    ) -> GetProjectFunctionCombinedStats {
        GetProjectFunctionCombinedStats {
            ref_: ref_.into(),
            function_id: function_id.into(),
            interval,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets project's logs
    ///
    /// Executes a SQL query on the project's logs.
    ///
    /// Either the `iso_timestamp_start` and `iso_timestamp_end` parameters must be provided.
    /// If both are not provided, only the last 1 minute of logs will be queried.
    /// The timestamp range must be no more than 24 hours and is rounded to the nearest minute. If
    /// the range is more than 24 hours, a validation error will be thrown.
    ///
    /// Note: Unless the `sql` parameter is provided, only edge_logs will be queried. See the \[log
    /// query
    /// docs\](/docs/guides/telemetry/logs?queryGroups=product&product=postgres&queryGroups=source&source=edge_logs#querying-with-the-logs-explorer:~:text=logs%20from%20the-,Sources,-drop%2Ddown%3A)
    /// for all available sources.
    ///
    /// `GET /v1/projects/{ref}/analytics/endpoints/logs.all` (operation `v1-get-project-logs`)
    ///
    /// OAuth scope: `analytics:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_project_logs")]
    pub fn get_project_logs(&self, ref_: impl Into<String>) -> GetProjectLogs {
        GetProjectLogs {
            ref_: ref_.into(),
            iso_timestamp_end: None,
            iso_timestamp_start: None,
            sql: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets project's usage api counts
    ///
    /// `GET /v1/projects/{ref}/analytics/endpoints/usage.api-counts` (operation
    /// `v1-get-project-usage-api-count`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_project_usage_api_count")]
    pub fn get_project_usage_api_count(
        &self,
        ref_: impl Into<String>,
    ) -> GetProjectUsageApiCount {
        GetProjectUsageApiCount {
            ref_: ref_.into(),
            interval: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets project's usage api requests count
    ///
    /// `GET /v1/projects/{ref}/analytics/endpoints/usage.api-requests-count` (operation
    /// `v1-get-project-usage-request-count`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_project_usage_request_count")]
    pub fn get_project_usage_request_count(
        &self,
        ref_: impl Into<String>,
    ) -> GetProjectUsageRequestCount {
        GetProjectUsageRequestCount {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }
}

/// Request builder for [`Client::get_project_function_combined_stats`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectFunctionCombinedStats {
    ref_: String,
    function_id: String,
    interval: types::GetProjectFunctionCombinedStatsInterval,
    call: crate::runtime::CallOptions,
}

impl GetProjectFunctionCombinedStats {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-project-function-combined-stats",
            "GET",
            "/v1/projects/{ref}/analytics/endpoints/functions.combined-stats",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.function_id;
        request.query.push(("function_id", value));
        let value = self.interval;
        request.query.push(("interval", value.to_string()));
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(GetProjectFunctionCombinedStats, types::AnalyticsResponse, Json);

/// Request builder for [`Client::get_project_logs`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectLogs {
    ref_: String,
    iso_timestamp_end: Option<
        crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
    >,
    iso_timestamp_start: Option<
        crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
    >,
    sql: Option<String>,
    call: crate::runtime::CallOptions,
}

#[allow(missing_docs)]
impl GetProjectLogs {
    pub fn iso_timestamp_end(
        mut self,
        value: crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
    ) -> Self {
        self.iso_timestamp_end = Some(value);
        self
    }

    pub fn iso_timestamp_start(
        mut self,
        value: crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
    ) -> Self {
        self.iso_timestamp_start = Some(value);
        self
    }

    /// Custom SQL query to execute on the logs. See \[querying
    /// logs\](/docs/guides/telemetry/logs?queryGroups=product&product=postgres&queryGroups=source&source=edge_logs#querying-with-the-logs-explorer)
    /// for more details.
    pub fn sql(mut self, value: impl Into<String>) -> Self {
        self.sql = Some(value.into());
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-project-logs",
            "GET",
            "/v1/projects/{ref}/analytics/endpoints/logs.all",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.iso_timestamp_end {
            request.query.push(("iso_timestamp_end", crate::runtime::rfc3339(&value)));
        }
        if let Some(value) = self.iso_timestamp_start {
            request.query.push(("iso_timestamp_start", crate::runtime::rfc3339(&value)));
        }
        if let Some(value) = self.sql {
            request.query.push(("sql", value));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(GetProjectLogs, types::AnalyticsResponse, Json);

/// Request builder for [`Client::get_project_usage_api_count`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectUsageApiCount {
    ref_: String,
    interval: Option<types::GetProjectUsageApiCountInterval>,
    call: crate::runtime::CallOptions,
}

#[allow(missing_docs)]
impl GetProjectUsageApiCount {
    pub fn interval(mut self, value: types::GetProjectUsageApiCountInterval) -> Self {
        self.interval = Some(value);
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-project-usage-api-count",
            "GET",
            "/v1/projects/{ref}/analytics/endpoints/usage.api-counts",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.interval {
            request.query.push(("interval", value.to_string()));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(GetProjectUsageApiCount, types::V1GetUsageApiCountResponse, Json);

/// Request builder for [`Client::get_project_usage_request_count`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectUsageRequestCount {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetProjectUsageRequestCount {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-project-usage-request-count",
            "GET",
            "/v1/projects/{ref}/analytics/endpoints/usage.api-requests-count",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(
    GetProjectUsageRequestCount, types::V1GetUsageApiRequestsCountResponse, Json
);
