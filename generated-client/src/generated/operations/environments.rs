//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Environments`.

use super::super::types;

impl crate::runtime::Client {
    /// Count the number of action runs
    ///
    /// Returns the total number of action runs of the specified project.
    ///
    /// `HEAD /v1/projects/{ref}/actions`
    ///
    /// OAuth scope: `environment:read`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    ///
    /// Operation: `v1-count-action-runs`
    #[doc(alias = "v1_count_action_runs")]
    pub fn count_action_runs(&self, r#ref: impl Into<String>) -> CountActionRuns<'_> {
        CountActionRuns {
            client: self,
            r#ref: r#ref.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Create a database branch
    ///
    /// Creates a database branch from the specified project.
    ///
    /// `POST /v1/projects/{ref}/branches`
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    /// - `body`: the request body.
    ///
    /// Operation: `v1-create-a-branch`
    #[doc(alias = "v1_create_a_branch")]
    pub fn create_a_branch(
        &self,
        r#ref: impl Into<String>,
        body: types::CreateBranchBody,
    ) -> CreateABranch<'_> {
        CreateABranch {
            client: self,
            r#ref: r#ref.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Delete a database branch
    ///
    /// Deletes the specified database branch. By default, deletes immediately. Use force=false to schedule deletion with 1-hour grace period (only when soft deletion is enabled).
    ///
    /// `DELETE /v1/branches/{branch_id_or_ref}`
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `branch_id_or_ref`: Branch ref or deprecated branch ID
    ///
    /// Operation: `v1-delete-a-branch`
    #[doc(alias = "v1_delete_a_branch")]
    pub fn delete_a_branch(
        &self,
        branch_id_or_ref: impl Into<String>,
    ) -> DeleteABranch<'_> {
        DeleteABranch {
            client: self,
            branch_id_or_ref: branch_id_or_ref.into(),
            force: None,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Diffs a database branch
    ///
    /// Diffs the specified database branch
    ///
    /// `GET /v1/branches/{branch_id_or_ref}/diff`
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `branch_id_or_ref`: Branch ref or deprecated branch ID
    ///
    /// Operation: `v1-diff-a-branch`
    #[doc(alias = "v1_diff_a_branch")]
    pub fn diff_a_branch(&self, branch_id_or_ref: impl Into<String>) -> DiffABranch<'_> {
        DiffABranch {
            client: self,
            branch_id_or_ref: branch_id_or_ref.into(),
            included_schemas: None,
            pgdelta: None,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Disables preview branching
    ///
    /// Disables preview branching for the specified project
    ///
    /// `DELETE /v1/projects/{ref}/branches`
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    ///
    /// Operation: `v1-disable-preview-branching`
    #[doc(alias = "v1_disable_preview_branching")]
    pub fn disable_preview_branching(
        &self,
        r#ref: impl Into<String>,
    ) -> DisablePreviewBranching<'_> {
        DisablePreviewBranching {
            client: self,
            r#ref: r#ref.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Get a database branch
    ///
    /// Fetches the specified database branch by its name.
    ///
    /// `GET /v1/projects/{ref}/branches/{name}`
    ///
    /// OAuth scope: `environment:read`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    /// - `name`
    ///
    /// Operation: `v1-get-a-branch`
    #[doc(alias = "v1_get_a_branch")]
    pub fn get_a_branch(
        &self,
        r#ref: impl Into<String>,
        name: impl Into<String>,
    ) -> GetABranch<'_> {
        GetABranch {
            client: self,
            r#ref: r#ref.into(),
            name: name.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Get database branch config
    ///
    /// Fetches configurations of the specified database branch
    ///
    /// `GET /v1/branches/{branch_id_or_ref}`
    ///
    /// OAuth scope: `environment:read`.
    ///
    /// # Arguments
    ///
    /// - `branch_id_or_ref`: Branch ref or deprecated branch ID
    ///
    /// Operation: `v1-get-a-branch-config`
    #[doc(alias = "v1_get_a_branch_config")]
    pub fn get_a_branch_config(
        &self,
        branch_id_or_ref: impl Into<String>,
    ) -> GetABranchConfig<'_> {
        GetABranchConfig {
            client: self,
            branch_id_or_ref: branch_id_or_ref.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Get the status of an action run
    ///
    /// Returns the current status of the specified action run.
    ///
    /// `GET /v1/projects/{ref}/actions/{run_id}`
    ///
    /// OAuth scope: `environment:read`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    /// - `run_id`: Action Run ID
    ///
    /// Operation: `v1-get-action-run`
    #[doc(alias = "v1_get_action_run")]
    pub fn get_action_run(
        &self,
        r#ref: impl Into<String>,
        run_id: impl Into<String>,
    ) -> GetActionRun<'_> {
        GetActionRun {
            client: self,
            r#ref: r#ref.into(),
            run_id: run_id.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Get the logs of an action run
    ///
    /// Returns the logs from the specified action run.
    ///
    /// `GET /v1/projects/{ref}/actions/{run_id}/logs`
    ///
    /// OAuth scope: `environment:read`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    /// - `run_id`: Action Run ID
    ///
    /// Operation: `v1-get-action-run-logs`
    #[doc(alias = "v1_get_action_run_logs")]
    pub fn get_action_run_logs(
        &self,
        r#ref: impl Into<String>,
        run_id: impl Into<String>,
    ) -> GetActionRunLogs<'_> {
        GetActionRunLogs {
            client: self,
            r#ref: r#ref.into(),
            run_id: run_id.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// List all action runs
    ///
    /// Returns a paginated list of action runs of the specified project.
    ///
    /// `GET /v1/projects/{ref}/actions`
    ///
    /// OAuth scope: `environment:read`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    ///
    /// Operation: `v1-list-action-runs`
    #[doc(alias = "v1_list_action_runs")]
    pub fn list_action_runs(&self, r#ref: impl Into<String>) -> ListActionRuns<'_> {
        ListActionRuns {
            client: self,
            r#ref: r#ref.into(),
            limit: None,
            offset: None,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// List all database branches
    ///
    /// Returns all database branches of the specified project.
    ///
    /// `GET /v1/projects/{ref}/branches`
    ///
    /// OAuth scope: `environment:read`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    ///
    /// Operation: `v1-list-all-branches`
    #[doc(alias = "v1_list_all_branches")]
    pub fn list_all_branches(&self, r#ref: impl Into<String>) -> ListAllBranches<'_> {
        ListAllBranches {
            client: self,
            r#ref: r#ref.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Merges a database branch
    ///
    /// Merges the specified database branch
    ///
    /// `POST /v1/branches/{branch_id_or_ref}/merge`
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `branch_id_or_ref`: Branch ref or deprecated branch ID
    /// - `body`: the request body.
    ///
    /// Operation: `v1-merge-a-branch`
    #[doc(alias = "v1_merge_a_branch")]
    pub fn merge_a_branch(
        &self,
        branch_id_or_ref: impl Into<String>,
        body: types::BranchActionBody,
    ) -> MergeABranch<'_> {
        MergeABranch {
            client: self,
            branch_id_or_ref: branch_id_or_ref.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Pushes a database branch
    ///
    /// Pushes the specified database branch
    ///
    /// `POST /v1/branches/{branch_id_or_ref}/push`
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `branch_id_or_ref`: Branch ref or deprecated branch ID
    /// - `body`: the request body.
    ///
    /// Operation: `v1-push-a-branch`
    #[doc(alias = "v1_push_a_branch")]
    pub fn push_a_branch(
        &self,
        branch_id_or_ref: impl Into<String>,
        body: types::BranchActionBody,
    ) -> PushABranch<'_> {
        PushABranch {
            client: self,
            branch_id_or_ref: branch_id_or_ref.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Resets a database branch
    ///
    /// Resets the specified database branch
    ///
    /// `POST /v1/branches/{branch_id_or_ref}/reset`
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `branch_id_or_ref`: Branch ref or deprecated branch ID
    /// - `body`: the request body.
    ///
    /// Operation: `v1-reset-a-branch`
    #[doc(alias = "v1_reset_a_branch")]
    pub fn reset_a_branch(
        &self,
        branch_id_or_ref: impl Into<String>,
        body: types::BranchActionBody,
    ) -> ResetABranch<'_> {
        ResetABranch {
            client: self,
            branch_id_or_ref: branch_id_or_ref.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Restore a scheduled branch deletion
    ///
    /// Cancels scheduled deletion and restores the branch to active state
    ///
    /// `POST /v1/branches/{branch_id_or_ref}/restore`
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `branch_id_or_ref`: Branch ref or deprecated branch ID
    ///
    /// Operation: `v1-restore-a-branch`
    #[doc(alias = "v1_restore_a_branch")]
    pub fn restore_a_branch(
        &self,
        branch_id_or_ref: impl Into<String>,
    ) -> RestoreABranch<'_> {
        RestoreABranch {
            client: self,
            branch_id_or_ref: branch_id_or_ref.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Update database branch config
    ///
    /// Updates the configuration of the specified database branch
    ///
    /// `PATCH /v1/branches/{branch_id_or_ref}`
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `branch_id_or_ref`: Branch ref or deprecated branch ID
    /// - `body`: the request body.
    ///
    /// Operation: `v1-update-a-branch-config`
    #[doc(alias = "v1_update_a_branch_config")]
    pub fn update_a_branch_config(
        &self,
        branch_id_or_ref: impl Into<String>,
        body: types::UpdateBranchBody,
    ) -> UpdateABranchConfig<'_> {
        UpdateABranchConfig {
            client: self,
            branch_id_or_ref: branch_id_or_ref.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Update the status of an action run
    ///
    /// Updates the status of an ongoing action run.
    ///
    /// `PATCH /v1/projects/{ref}/actions/{run_id}/status`
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    /// - `run_id`: Action Run ID
    /// - `body`: the request body.
    ///
    /// Operation: `v1-update-action-run-status`
    #[doc(alias = "v1_update_action_run_status")]
    pub fn update_action_run_status(
        &self,
        r#ref: impl Into<String>,
        run_id: impl Into<String>,
        body: types::UpdateRunStatusBody,
    ) -> UpdateActionRunStatus<'_> {
        UpdateActionRunStatus {
            client: self,
            r#ref: r#ref.into(),
            run_id: run_id.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }
}

/// Request builder for [`Client::count_action_runs`](crate::Client::count_action_runs).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CountActionRuns<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> CountActionRuns<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-count-action-runs",
            method: "HEAD",
            path: "/v1/projects/{ref}/actions",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/actions",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(self) -> crate::runtime::Call<'a, i64, crate::runtime::Header> {
        crate::runtime::Call::new(
            self.request(),
            crate::runtime::Header("X-Total-Count"),
        )
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for CountActionRuns<'a> {
    type Output = crate::runtime::Result<i64>;
    type IntoFuture = crate::runtime::Call<'a, i64, crate::runtime::Header>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::create_a_branch`](crate::Client::create_a_branch).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateABranch<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    body: types::CreateBranchBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> CreateABranch<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-create-a-branch",
            method: "POST",
            path: "/v1/projects/{ref}/branches",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/branches",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(
        self,
    ) -> crate::runtime::Call<'a, types::BranchResponse, crate::runtime::Json> {
        crate::runtime::Call::new(self.request(), crate::runtime::Json)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for CreateABranch<'a> {
    type Output = crate::runtime::Result<types::BranchResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::BranchResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::delete_a_branch`](crate::Client::delete_a_branch).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteABranch<'a> {
    client: &'a crate::runtime::Client,
    branch_id_or_ref: String,
    force: Option<bool>,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> DeleteABranch<'a> {
    /// If set to false, schedule deletion with 1-hour grace period (only when soft deletion is enabled).
    ///
    /// Defaults to `"true"` on the server.
    pub fn force(mut self, value: bool) -> Self {
        self.force = Some(value);
        self
    }

    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-delete-a-branch",
            method: "DELETE",
            path: "/v1/branches/{branch_id_or_ref}",
        };
        let path = [
            "/v1/branches/",
            crate::runtime::encode_path_segment(&self.branch_id_or_ref).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.force {
            request.query.push(("force", value.to_string()));
        }
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(
        self,
    ) -> crate::runtime::Call<'a, types::BranchDeleteResponse, crate::runtime::Json> {
        crate::runtime::Call::new(self.request(), crate::runtime::Json)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for DeleteABranch<'a> {
    type Output = crate::runtime::Result<types::BranchDeleteResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::BranchDeleteResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::diff_a_branch`](crate::Client::diff_a_branch).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DiffABranch<'a> {
    client: &'a crate::runtime::Client,
    branch_id_or_ref: String,
    included_schemas: Option<String>,
    pgdelta: Option<bool>,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> DiffABranch<'a> {
    /// Sets `included_schemas`.
    pub fn included_schemas(mut self, value: impl Into<String>) -> Self {
        self.included_schemas = Some(value.into());
        self
    }

    /// Use pg-delta instead of Migra for diffing when true
    pub fn pgdelta(mut self, value: bool) -> Self {
        self.pgdelta = Some(value);
        self
    }

    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-diff-a-branch",
            method: "GET",
            path: "/v1/branches/{branch_id_or_ref}/diff",
        };
        let path = [
            "/v1/branches/",
            crate::runtime::encode_path_segment(&self.branch_id_or_ref).as_str(),
            "/diff",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.included_schemas {
            request.query.push(("included_schemas", value));
        }
        if let Some(value) = self.pgdelta {
            request.query.push(("pgdelta", value.to_string()));
        }
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(self) -> crate::runtime::Call<'a, String, crate::runtime::Text> {
        crate::runtime::Call::new(self.request(), crate::runtime::Text)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for DiffABranch<'a> {
    type Output = crate::runtime::Result<String>;
    type IntoFuture = crate::runtime::Call<'a, String, crate::runtime::Text>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::disable_preview_branching`](crate::Client::disable_preview_branching).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DisablePreviewBranching<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> DisablePreviewBranching<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-disable-preview-branching",
            method: "DELETE",
            path: "/v1/projects/{ref}/branches",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/branches",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(self) -> crate::runtime::Call<'a, (), crate::runtime::Unit> {
        crate::runtime::Call::new(self.request(), crate::runtime::Unit)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for DisablePreviewBranching<'a> {
    type Output = crate::runtime::Result<()>;
    type IntoFuture = crate::runtime::Call<'a, (), crate::runtime::Unit>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::get_a_branch`](crate::Client::get_a_branch).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetABranch<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    name: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetABranch<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-a-branch",
            method: "GET",
            path: "/v1/projects/{ref}/branches/{name}",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/branches/",
            crate::runtime::encode_path_segment(&self.name).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(
        self,
    ) -> crate::runtime::Call<'a, types::BranchResponse, crate::runtime::Json> {
        crate::runtime::Call::new(self.request(), crate::runtime::Json)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for GetABranch<'a> {
    type Output = crate::runtime::Result<types::BranchResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::BranchResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::get_a_branch_config`](crate::Client::get_a_branch_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetABranchConfig<'a> {
    client: &'a crate::runtime::Client,
    branch_id_or_ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetABranchConfig<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-a-branch-config",
            method: "GET",
            path: "/v1/branches/{branch_id_or_ref}",
        };
        let path = [
            "/v1/branches/",
            crate::runtime::encode_path_segment(&self.branch_id_or_ref).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(
        self,
    ) -> crate::runtime::Call<'a, types::BranchDetailResponse, crate::runtime::Json> {
        crate::runtime::Call::new(self.request(), crate::runtime::Json)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for GetABranchConfig<'a> {
    type Output = crate::runtime::Result<types::BranchDetailResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::BranchDetailResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::get_action_run`](crate::Client::get_action_run).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetActionRun<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    run_id: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetActionRun<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-action-run",
            method: "GET",
            path: "/v1/projects/{ref}/actions/{run_id}",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/actions/",
            crate::runtime::encode_path_segment(&self.run_id).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(
        self,
    ) -> crate::runtime::Call<'a, types::ActionRunResponse, crate::runtime::Json> {
        crate::runtime::Call::new(self.request(), crate::runtime::Json)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for GetActionRun<'a> {
    type Output = crate::runtime::Result<types::ActionRunResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::ActionRunResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::get_action_run_logs`](crate::Client::get_action_run_logs).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetActionRunLogs<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    run_id: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetActionRunLogs<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-action-run-logs",
            method: "GET",
            path: "/v1/projects/{ref}/actions/{run_id}/logs",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/actions/",
            crate::runtime::encode_path_segment(&self.run_id).as_str(),
            "/logs",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(self) -> crate::runtime::Call<'a, String, crate::runtime::Text> {
        crate::runtime::Call::new(self.request(), crate::runtime::Text)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for GetActionRunLogs<'a> {
    type Output = crate::runtime::Result<String>;
    type IntoFuture = crate::runtime::Call<'a, String, crate::runtime::Text>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::list_action_runs`](crate::Client::list_action_runs).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListActionRuns<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    limit: Option<f64>,
    offset: Option<f64>,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ListActionRuns<'a> {
    /// Sets `limit`.
    pub fn limit(mut self, value: f64) -> Self {
        self.limit = Some(value);
        self
    }

    /// Sets `offset`.
    pub fn offset(mut self, value: f64) -> Self {
        self.offset = Some(value);
        self
    }

    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-list-action-runs",
            method: "GET",
            path: "/v1/projects/{ref}/actions",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/actions",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.limit {
            request.query.push(("limit", value.to_string()));
        }
        if let Some(value) = self.offset {
            request.query.push(("offset", value.to_string()));
        }
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(
        self,
    ) -> crate::runtime::Call<'a, types::ListActionRunResponse, crate::runtime::Json> {
        crate::runtime::Call::new(self.request(), crate::runtime::Json)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for ListActionRuns<'a> {
    type Output = crate::runtime::Result<types::ListActionRunResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::ListActionRunResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::list_all_branches`](crate::Client::list_all_branches).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllBranches<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ListAllBranches<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-list-all-branches",
            method: "GET",
            path: "/v1/projects/{ref}/branches",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/branches",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(
        self,
    ) -> crate::runtime::Call<'a, Vec<types::BranchResponse>, crate::runtime::Json> {
        crate::runtime::Call::new(self.request(), crate::runtime::Json)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for ListAllBranches<'a> {
    type Output = crate::runtime::Result<Vec<types::BranchResponse>>;
    type IntoFuture = crate::runtime::Call<
        'a,
        Vec<types::BranchResponse>,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::merge_a_branch`](crate::Client::merge_a_branch).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct MergeABranch<'a> {
    client: &'a crate::runtime::Client,
    branch_id_or_ref: String,
    body: types::BranchActionBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> MergeABranch<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-merge-a-branch",
            method: "POST",
            path: "/v1/branches/{branch_id_or_ref}/merge",
        };
        let path = [
            "/v1/branches/",
            crate::runtime::encode_path_segment(&self.branch_id_or_ref).as_str(),
            "/merge",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(
        self,
    ) -> crate::runtime::Call<'a, types::BranchUpdateResponse, crate::runtime::Json> {
        crate::runtime::Call::new(self.request(), crate::runtime::Json)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for MergeABranch<'a> {
    type Output = crate::runtime::Result<types::BranchUpdateResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::BranchUpdateResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::push_a_branch`](crate::Client::push_a_branch).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct PushABranch<'a> {
    client: &'a crate::runtime::Client,
    branch_id_or_ref: String,
    body: types::BranchActionBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> PushABranch<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-push-a-branch",
            method: "POST",
            path: "/v1/branches/{branch_id_or_ref}/push",
        };
        let path = [
            "/v1/branches/",
            crate::runtime::encode_path_segment(&self.branch_id_or_ref).as_str(),
            "/push",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(
        self,
    ) -> crate::runtime::Call<'a, types::BranchUpdateResponse, crate::runtime::Json> {
        crate::runtime::Call::new(self.request(), crate::runtime::Json)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for PushABranch<'a> {
    type Output = crate::runtime::Result<types::BranchUpdateResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::BranchUpdateResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::reset_a_branch`](crate::Client::reset_a_branch).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ResetABranch<'a> {
    client: &'a crate::runtime::Client,
    branch_id_or_ref: String,
    body: types::BranchActionBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ResetABranch<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-reset-a-branch",
            method: "POST",
            path: "/v1/branches/{branch_id_or_ref}/reset",
        };
        let path = [
            "/v1/branches/",
            crate::runtime::encode_path_segment(&self.branch_id_or_ref).as_str(),
            "/reset",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(
        self,
    ) -> crate::runtime::Call<'a, types::BranchUpdateResponse, crate::runtime::Json> {
        crate::runtime::Call::new(self.request(), crate::runtime::Json)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for ResetABranch<'a> {
    type Output = crate::runtime::Result<types::BranchUpdateResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::BranchUpdateResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::restore_a_branch`](crate::Client::restore_a_branch).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RestoreABranch<'a> {
    client: &'a crate::runtime::Client,
    branch_id_or_ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> RestoreABranch<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-restore-a-branch",
            method: "POST",
            path: "/v1/branches/{branch_id_or_ref}/restore",
        };
        let path = [
            "/v1/branches/",
            crate::runtime::encode_path_segment(&self.branch_id_or_ref).as_str(),
            "/restore",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(
        self,
    ) -> crate::runtime::Call<'a, types::BranchRestoreResponse, crate::runtime::Json> {
        crate::runtime::Call::new(self.request(), crate::runtime::Json)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for RestoreABranch<'a> {
    type Output = crate::runtime::Result<types::BranchRestoreResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::BranchRestoreResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::update_a_branch_config`](crate::Client::update_a_branch_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateABranchConfig<'a> {
    client: &'a crate::runtime::Client,
    branch_id_or_ref: String,
    body: types::UpdateBranchBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateABranchConfig<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-a-branch-config",
            method: "PATCH",
            path: "/v1/branches/{branch_id_or_ref}",
        };
        let path = [
            "/v1/branches/",
            crate::runtime::encode_path_segment(&self.branch_id_or_ref).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(
        self,
    ) -> crate::runtime::Call<'a, types::BranchResponse, crate::runtime::Json> {
        crate::runtime::Call::new(self.request(), crate::runtime::Json)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for UpdateABranchConfig<'a> {
    type Output = crate::runtime::Result<types::BranchResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::BranchResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::update_action_run_status`](crate::Client::update_action_run_status).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateActionRunStatus<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    run_id: String,
    body: types::UpdateRunStatusBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateActionRunStatus<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-action-run-status",
            method: "PATCH",
            path: "/v1/projects/{ref}/actions/{run_id}/status",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/actions/",
            crate::runtime::encode_path_segment(&self.run_id).as_str(),
            "/status",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(
        self,
    ) -> crate::runtime::Call<'a, types::UpdateRunStatusResponse, crate::runtime::Json> {
        crate::runtime::Call::new(self.request(), crate::runtime::Json)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for UpdateActionRunStatus<'a> {
    type Output = crate::runtime::Result<types::UpdateRunStatusResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::UpdateRunStatusResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
