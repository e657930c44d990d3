//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Analytics`.

use super::super::types;

impl super::super::Client {
    /// Gets a project's function combined statistics
    ///
    /// `GET /v1/projects/{ref}/analytics/endpoints/functions.combined-stats`
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-project-function-combined-stats`
    #[doc(alias = "v1_get_project_function_combined_stats")]
    pub fn get_project_function_combined_stats(
        &self,
        ref_: impl Into<String>,
        function_id: impl Into<String>,
        interval: types::GetProjectFunctionCombinedStatsInterval,
    ) -> GetProjectFunctionCombinedStats<'_> {
        GetProjectFunctionCombinedStats {
            client: self,
            ref_: ref_.into(),
            function_id: function_id.into(),
            interval,
            headers: Vec::new(),
            timeout: None,
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
    /// `GET /v1/projects/{ref}/analytics/endpoints/logs.all`
    ///
    /// OAuth scope: `analytics:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-project-logs`
    #[doc(alias = "v1_get_project_logs")]
    pub fn get_project_logs(&self, ref_: impl Into<String>) -> GetProjectLogs<'_> {
        GetProjectLogs {
            client: self,
            ref_: ref_.into(),
            iso_timestamp_end: None,
            iso_timestamp_start: None,
            sql: None,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Gets project's usage api counts
    ///
    /// `GET /v1/projects/{ref}/analytics/endpoints/usage.api-counts`
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-project-usage-api-count`
    #[doc(alias = "v1_get_project_usage_api_count")]
    pub fn get_project_usage_api_count(
        &self,
        ref_: impl Into<String>,
    ) -> GetProjectUsageApiCount<'_> {
        GetProjectUsageApiCount {
            client: self,
            ref_: ref_.into(),
            interval: None,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Gets project's usage api requests count
    ///
    /// `GET /v1/projects/{ref}/analytics/endpoints/usage.api-requests-count`
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-project-usage-request-count`
    #[doc(alias = "v1_get_project_usage_request_count")]
    pub fn get_project_usage_request_count(
        &self,
        ref_: impl Into<String>,
    ) -> GetProjectUsageRequestCount<'_> {
        GetProjectUsageRequestCount {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }
}

/// Request builder for
/// [`Client::get_project_function_combined_stats`](super::super::Client::get_project_function_combined_stats).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectFunctionCombinedStats<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    function_id: String,
    interval: types::GetProjectFunctionCombinedStatsInterval,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetProjectFunctionCombinedStats<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-project-function-combined-stats",
            method: "GET",
            path: "/v1/projects/{ref}/analytics/endpoints/functions.combined-stats",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/analytics/endpoints/functions.combined-stats",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.function_id;
        request.query.push(("function_id", value));
        let value = self.interval;
        request.query.push(("interval", value.to_string()));
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetProjectFunctionCombinedStats, types::AnalyticsResponse, Json);

/// Request builder for [`Client::get_project_logs`](super::super::Client::get_project_logs).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectLogs<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    iso_timestamp_end: Option<
        crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
    >,
    iso_timestamp_start: Option<
        crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
    >,
    sql: Option<String>,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

#[allow(missing_docs)]
impl<'a> GetProjectLogs<'a> {
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
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-project-logs",
            method: "GET",
            path: "/v1/projects/{ref}/analytics/endpoints/logs.all",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/analytics/endpoints/logs.all",
        ]
            .concat();
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
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetProjectLogs, types::AnalyticsResponse, Json);

/// Request builder for
/// [`Client::get_project_usage_api_count`](super::super::Client::get_project_usage_api_count).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectUsageApiCount<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    interval: Option<types::GetProjectUsageApiCountInterval>,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

#[allow(missing_docs)]
impl<'a> GetProjectUsageApiCount<'a> {
    pub fn interval(mut self, value: types::GetProjectUsageApiCountInterval) -> Self {
        self.interval = Some(value);
        self
    }

    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-project-usage-api-count",
            method: "GET",
            path: "/v1/projects/{ref}/analytics/endpoints/usage.api-counts",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/analytics/endpoints/usage.api-counts",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.interval {
            request.query.push(("interval", value.to_string()));
        }
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetProjectUsageApiCount, types::V1GetUsageApiCountResponse, Json);

/// Request builder for
/// [`Client::get_project_usage_request_count`](super::super::Client::get_project_usage_request_count).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectUsageRequestCount<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetProjectUsageRequestCount<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-project-usage-request-count",
            method: "GET",
            path: "/v1/projects/{ref}/analytics/endpoints/usage.api-requests-count",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/analytics/endpoints/usage.api-requests-count",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(
    GetProjectUsageRequestCount, types::V1GetUsageApiRequestsCountResponse, Json
);
