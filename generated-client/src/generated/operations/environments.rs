//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Environments`.

use super::super::Client;
use super::super::types;

impl Client {
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
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-count-action-runs`
    #[doc(alias = "v1_count_action_runs")]
    pub fn count_action_runs(&self, ref_: impl Into<String>) -> CountActionRuns<'_> {
        CountActionRuns {
            client: self,
            ref_: ref_.into(),
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
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-create-a-branch`
    #[doc(alias = "v1_create_a_branch")]
    pub fn create_a_branch(
        &self,
        ref_: impl Into<String>,
        body: types::CreateBranchBody,
    ) -> CreateABranch<'_> {
        CreateABranch {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Delete a database branch
    ///
    /// Deletes the specified database branch. By default, deletes immediately. Use force=false to
    /// schedule deletion with 1-hour grace period (only when soft deletion is enabled).
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
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-disable-preview-branching`
    #[doc(alias = "v1_disable_preview_branching")]
    pub fn disable_preview_branching(
        &self,
        ref_: impl Into<String>,
    ) -> DisablePreviewBranching<'_> {
        DisablePreviewBranching {
            client: self,
            ref_: ref_.into(),
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
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-a-branch`
    #[doc(alias = "v1_get_a_branch")]
    pub fn get_a_branch(
        &self,
        ref_: impl Into<String>,
        name: impl Into<String>,
    ) -> GetABranch<'_> {
        GetABranch {
            client: self,
            ref_: ref_.into(),
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
    /// - `ref_`: Project ref
    /// - `run_id`: Action Run ID
    ///
    /// Operation: `v1-get-action-run`
    #[doc(alias = "v1_get_action_run")]
    pub fn get_action_run(
        &self,
        ref_: impl Into<String>,
        run_id: impl Into<String>,
    ) -> GetActionRun<'_> {
        GetActionRun {
            client: self,
            ref_: ref_.into(),
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
    /// - `ref_`: Project ref
    /// - `run_id`: Action Run ID
    ///
    /// Operation: `v1-get-action-run-logs`
    #[doc(alias = "v1_get_action_run_logs")]
    pub fn get_action_run_logs(
        &self,
        ref_: impl Into<String>,
        run_id: impl Into<String>,
    ) -> GetActionRunLogs<'_> {
        GetActionRunLogs {
            client: self,
            ref_: ref_.into(),
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
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-list-action-runs`
    #[doc(alias = "v1_list_action_runs")]
    pub fn list_action_runs(&self, ref_: impl Into<String>) -> ListActionRuns<'_> {
        ListActionRuns {
            client: self,
            ref_: ref_.into(),
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
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-list-all-branches`
    #[doc(alias = "v1_list_all_branches")]
    pub fn list_all_branches(&self, ref_: impl Into<String>) -> ListAllBranches<'_> {
        ListAllBranches {
            client: self,
            ref_: ref_.into(),
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
    /// - `ref_`: Project ref
    /// - `run_id`: Action Run ID
    ///
    /// Operation: `v1-update-action-run-status`
    #[doc(alias = "v1_update_action_run_status")]
    pub fn update_action_run_status(
        &self,
        ref_: impl Into<String>,
        run_id: impl Into<String>,
        body: types::UpdateRunStatusBody,
    ) -> UpdateActionRunStatus<'_> {
        UpdateActionRunStatus {
            client: self,
            ref_: ref_.into(),
            run_id: run_id.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }
}

/// Request builder for [`Client::count_action_runs`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CountActionRuns<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> CountActionRuns<'a> {
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
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/actions",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(CountActionRuns, i64, Header("X-Total-Count"));

/// Request builder for [`Client::create_a_branch`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateABranch<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::CreateBranchBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> CreateABranch<'a> {
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
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
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
}

crate::runtime::call!(CreateABranch, types::BranchResponse, Json);

/// Request builder for [`Client::delete_a_branch`].
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
    /// If set to false, schedule deletion with 1-hour grace period (only when soft deletion is
    /// enabled).
    ///
    /// Defaults to `"true"` on the server.
    pub fn force(mut self, value: bool) -> Self {
        self.force = Some(value);
        self
    }

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
}

crate::runtime::call!(DeleteABranch, types::BranchDeleteResponse, Json);

/// Request builder for [`Client::diff_a_branch`].
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

#[allow(missing_docs)]
impl<'a> DiffABranch<'a> {
    pub fn included_schemas(mut self, value: impl Into<String>) -> Self {
        self.included_schemas = Some(value.into());
        self
    }

    /// Use pg-delta instead of Migra for diffing when true
    pub fn pgdelta(mut self, value: bool) -> Self {
        self.pgdelta = Some(value);
        self
    }

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
}

crate::runtime::call!(DiffABranch, String, Text);

/// Request builder for [`Client::disable_preview_branching`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DisablePreviewBranching<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> DisablePreviewBranching<'a> {
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
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/branches",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(DisablePreviewBranching, (), Unit);

/// Request builder for [`Client::get_a_branch`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetABranch<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    name: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetABranch<'a> {
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
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/branches/",
            crate::runtime::encode_path_segment(&self.name).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetABranch, types::BranchResponse, Json);

/// Request builder for [`Client::get_a_branch_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetABranchConfig<'a> {
    client: &'a crate::runtime::Client,
    branch_id_or_ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetABranchConfig<'a> {
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
}

crate::runtime::call!(GetABranchConfig, types::BranchDetailResponse, Json);

/// Request builder for [`Client::get_action_run`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetActionRun<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    run_id: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetActionRun<'a> {
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
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/actions/",
            crate::runtime::encode_path_segment(&self.run_id).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetActionRun, types::ActionRunResponse, Json);

/// Request builder for [`Client::get_action_run_logs`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetActionRunLogs<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    run_id: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetActionRunLogs<'a> {
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
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
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
}

crate::runtime::call!(GetActionRunLogs, String, Text);

/// Request builder for [`Client::list_action_runs`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListActionRuns<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    limit: Option<f64>,
    offset: Option<f64>,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

#[allow(missing_docs)]
impl<'a> ListActionRuns<'a> {
    pub fn limit(mut self, value: f64) -> Self {
        self.limit = Some(value);
        self
    }

    pub fn offset(mut self, value: f64) -> Self {
        self.offset = Some(value);
        self
    }

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
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
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
}

crate::runtime::call!(ListActionRuns, types::ListActionRunResponse, Json);

/// Request builder for [`Client::list_all_branches`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllBranches<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ListAllBranches<'a> {
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
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/branches",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(ListAllBranches, Vec < types::BranchResponse >, Json);

/// Request builder for [`Client::merge_a_branch`].
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
}

crate::runtime::call!(MergeABranch, types::BranchUpdateResponse, Json);

/// Request builder for [`Client::push_a_branch`].
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
}

crate::runtime::call!(PushABranch, types::BranchUpdateResponse, Json);

/// Request builder for [`Client::reset_a_branch`].
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
}

crate::runtime::call!(ResetABranch, types::BranchUpdateResponse, Json);

/// Request builder for [`Client::restore_a_branch`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RestoreABranch<'a> {
    client: &'a crate::runtime::Client,
    branch_id_or_ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> RestoreABranch<'a> {
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
}

crate::runtime::call!(RestoreABranch, types::BranchRestoreResponse, Json);

/// Request builder for [`Client::update_a_branch_config`].
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
}

crate::runtime::call!(UpdateABranchConfig, types::BranchResponse, Json);

/// Request builder for [`Client::update_action_run_status`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateActionRunStatus<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    run_id: String,
    body: types::UpdateRunStatusBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateActionRunStatus<'a> {
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
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
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
}

crate::runtime::call!(UpdateActionRunStatus, types::UpdateRunStatusResponse, Json);
