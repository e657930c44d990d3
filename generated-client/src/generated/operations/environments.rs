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
    /// `HEAD /v1/projects/{ref}/actions` (operation `v1-count-action-runs`)
    ///
    /// OAuth scope: `environment:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_count_action_runs")]
    pub fn count_action_runs(&self, ref_: impl Into<String>) -> CountActionRuns {
        CountActionRuns {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Create a database branch
    ///
    /// Creates a database branch from the specified project.
    ///
    /// `POST /v1/projects/{ref}/branches` (operation `v1-create-a-branch`)
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_create_a_branch")]
    pub fn create_a_branch(
        &self,
        ref_: impl Into<String>,
        body: types::CreateBranchBody,
    ) -> CreateABranch {
        CreateABranch {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Delete a database branch
    ///
    /// Deletes the specified database branch. By default, deletes immediately. Use force=false to
    /// schedule deletion with 1-hour grace period (only when soft deletion is enabled).
    ///
    /// `DELETE /v1/branches/{branch_id_or_ref}` (operation `v1-delete-a-branch`)
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `branch_id_or_ref`: Branch ref or deprecated branch ID
    #[doc(alias = "v1_delete_a_branch")]
    pub fn delete_a_branch(&self, branch_id_or_ref: impl Into<String>) -> DeleteABranch {
        DeleteABranch {
            branch_id_or_ref: branch_id_or_ref.into(),
            force: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Diffs a database branch
    ///
    /// Diffs the specified database branch
    ///
    /// `GET /v1/branches/{branch_id_or_ref}/diff` (operation `v1-diff-a-branch`)
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `branch_id_or_ref`: Branch ref or deprecated branch ID
    #[doc(alias = "v1_diff_a_branch")]
    pub fn diff_a_branch(&self, branch_id_or_ref: impl Into<String>) -> DiffABranch {
        DiffABranch {
            branch_id_or_ref: branch_id_or_ref.into(),
            included_schemas: None,
            pgdelta: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Disables preview branching
    ///
    /// Disables preview branching for the specified project
    ///
    /// `DELETE /v1/projects/{ref}/branches` (operation `v1-disable-preview-branching`)
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_disable_preview_branching")]
    pub fn disable_preview_branching(
        &self,
        ref_: impl Into<String>,
    ) -> DisablePreviewBranching {
        DisablePreviewBranching {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Get a database branch
    ///
    /// Fetches the specified database branch by its name.
    ///
    /// `GET /v1/projects/{ref}/branches/{name}` (operation `v1-get-a-branch`)
    ///
    /// OAuth scope: `environment:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_a_branch")]
    pub fn get_a_branch(
        &self,
        ref_: impl Into<String>,
        name: impl Into<String>,
    ) -> GetABranch {
        GetABranch {
            ref_: ref_.into(),
            name: name.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Get database branch config
    ///
    /// Fetches configurations of the specified database branch
    ///
    /// `GET /v1/branches/{branch_id_or_ref}` (operation `v1-get-a-branch-config`)
    ///
    /// OAuth scope: `environment:read`.
    ///
    /// # Arguments
    ///
    /// - `branch_id_or_ref`: Branch ref or deprecated branch ID
    #[doc(alias = "v1_get_a_branch_config")]
    pub fn get_a_branch_config(
        &self,
        branch_id_or_ref: impl Into<String>,
    ) -> GetABranchConfig {
        GetABranchConfig {
            branch_id_or_ref: branch_id_or_ref.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Get the status of an action run
    ///
    /// Returns the current status of the specified action run.
    ///
    /// `GET /v1/projects/{ref}/actions/{run_id}` (operation `v1-get-action-run`)
    ///
    /// OAuth scope: `environment:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    /// - `run_id`: Action Run ID
    #[doc(alias = "v1_get_action_run")]
    pub fn get_action_run(
        &self,
        ref_: impl Into<String>,
        run_id: impl Into<String>,
    ) -> GetActionRun {
        GetActionRun {
            ref_: ref_.into(),
            run_id: run_id.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Get the logs of an action run
    ///
    /// Returns the logs from the specified action run.
    ///
    /// `GET /v1/projects/{ref}/actions/{run_id}/logs` (operation `v1-get-action-run-logs`)
    ///
    /// OAuth scope: `environment:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    /// - `run_id`: Action Run ID
    #[doc(alias = "v1_get_action_run_logs")]
    pub fn get_action_run_logs(
        &self,
        ref_: impl Into<String>,
        run_id: impl Into<String>,
    ) -> GetActionRunLogs {
        GetActionRunLogs {
            ref_: ref_.into(),
            run_id: run_id.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// List all action runs
    ///
    /// Returns a paginated list of action runs of the specified project.
    ///
    /// `GET /v1/projects/{ref}/actions` (operation `v1-list-action-runs`)
    ///
    /// OAuth scope: `environment:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_list_action_runs")]
    pub fn list_action_runs(&self, ref_: impl Into<String>) -> ListActionRuns {
        ListActionRuns {
            ref_: ref_.into(),
            limit: None,
            offset: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// List all database branches
    ///
    /// Returns all database branches of the specified project.
    ///
    /// `GET /v1/projects/{ref}/branches` (operation `v1-list-all-branches`)
    ///
    /// OAuth scope: `environment:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_list_all_branches")]
    pub fn list_all_branches(&self, ref_: impl Into<String>) -> ListAllBranches {
        ListAllBranches {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Merges a database branch
    ///
    /// Merges the specified database branch
    ///
    /// `POST /v1/branches/{branch_id_or_ref}/merge` (operation `v1-merge-a-branch`)
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `branch_id_or_ref`: Branch ref or deprecated branch ID
    #[doc(alias = "v1_merge_a_branch")]
    pub fn merge_a_branch(
        &self,
        branch_id_or_ref: impl Into<String>,
        body: types::BranchActionBody,
    ) -> MergeABranch {
        MergeABranch {
            branch_id_or_ref: branch_id_or_ref.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Pushes a database branch
    ///
    /// Pushes the specified database branch
    ///
    /// `POST /v1/branches/{branch_id_or_ref}/push` (operation `v1-push-a-branch`)
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `branch_id_or_ref`: Branch ref or deprecated branch ID
    #[doc(alias = "v1_push_a_branch")]
    pub fn push_a_branch(
        &self,
        branch_id_or_ref: impl Into<String>,
        body: types::BranchActionBody,
    ) -> PushABranch {
        PushABranch {
            branch_id_or_ref: branch_id_or_ref.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Resets a database branch
    ///
    /// Resets the specified database branch
    ///
    /// `POST /v1/branches/{branch_id_or_ref}/reset` (operation `v1-reset-a-branch`)
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `branch_id_or_ref`: Branch ref or deprecated branch ID
    #[doc(alias = "v1_reset_a_branch")]
    pub fn reset_a_branch(
        &self,
        branch_id_or_ref: impl Into<String>,
        body: types::BranchActionBody,
    ) -> ResetABranch {
        ResetABranch {
            branch_id_or_ref: branch_id_or_ref.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Restore a scheduled branch deletion
    ///
    /// Cancels scheduled deletion and restores the branch to active state
    ///
    /// `POST /v1/branches/{branch_id_or_ref}/restore` (operation `v1-restore-a-branch`)
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `branch_id_or_ref`: Branch ref or deprecated branch ID
    #[doc(alias = "v1_restore_a_branch")]
    pub fn restore_a_branch(
        &self,
        branch_id_or_ref: impl Into<String>,
    ) -> RestoreABranch {
        RestoreABranch {
            branch_id_or_ref: branch_id_or_ref.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Update database branch config
    ///
    /// Updates the configuration of the specified database branch
    ///
    /// `PATCH /v1/branches/{branch_id_or_ref}` (operation `v1-update-a-branch-config`)
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `branch_id_or_ref`: Branch ref or deprecated branch ID
    #[doc(alias = "v1_update_a_branch_config")]
    pub fn update_a_branch_config(
        &self,
        branch_id_or_ref: impl Into<String>,
        body: types::UpdateBranchBody,
    ) -> UpdateABranchConfig {
        UpdateABranchConfig {
            branch_id_or_ref: branch_id_or_ref.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Update the status of an action run
    ///
    /// Updates the status of an ongoing action run.
    ///
    /// `PATCH /v1/projects/{ref}/actions/{run_id}/status` (operation `v1-update-action-run-status`)
    ///
    /// OAuth scope: `environment:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    /// - `run_id`: Action Run ID
    #[doc(alias = "v1_update_action_run_status")]
    pub fn update_action_run_status(
        &self,
        ref_: impl Into<String>,
        run_id: impl Into<String>,
        body: types::UpdateRunStatusBody,
    ) -> UpdateActionRunStatus {
        UpdateActionRunStatus {
            ref_: ref_.into(),
            run_id: run_id.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }
}

/// Request builder for [`Client::count_action_runs`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CountActionRuns {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl CountActionRuns {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-count-action-runs",
            "HEAD",
            "/v1/projects/{ref}/actions",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(CountActionRuns, i64, Header("X-Total-Count"));

/// Request builder for [`Client::create_a_branch`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateABranch {
    ref_: String,
    body: types::CreateBranchBody,
    call: crate::runtime::CallOptions,
}

impl CreateABranch {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-create-a-branch",
            "POST",
            "/v1/projects/{ref}/branches",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(CreateABranch, types::BranchResponse, Json);

/// Request builder for [`Client::delete_a_branch`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteABranch {
    branch_id_or_ref: String,
    force: Option<bool>,
    call: crate::runtime::CallOptions,
}

impl DeleteABranch {
    /// If set to false, schedule deletion with 1-hour grace period (only when soft deletion is
    /// enabled).
    ///
    /// Defaults to `"true"` on the server.
    pub fn force(mut self, value: bool) -> Self {
        self.force = Some(value);
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-delete-a-branch",
            "DELETE",
            "/v1/branches/{branch_id_or_ref}",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.branch_id_or_ref],
        );
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.force {
            request.query.push(("force", value.to_string()));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(DeleteABranch, types::BranchDeleteResponse, Json);

/// Request builder for [`Client::diff_a_branch`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DiffABranch {
    branch_id_or_ref: String,
    included_schemas: Option<String>,
    pgdelta: Option<bool>,
    call: crate::runtime::CallOptions,
}

#[allow(missing_docs)]
impl DiffABranch {
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
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-diff-a-branch",
            "GET",
            "/v1/branches/{branch_id_or_ref}/diff",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.branch_id_or_ref],
        );
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.included_schemas {
            request.query.push(("included_schemas", value));
        }
        if let Some(value) = self.pgdelta {
            request.query.push(("pgdelta", value.to_string()));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(DiffABranch, String, Text);

/// Request builder for [`Client::disable_preview_branching`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DisablePreviewBranching {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl DisablePreviewBranching {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-disable-preview-branching",
            "DELETE",
            "/v1/projects/{ref}/branches",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(DisablePreviewBranching, (), Unit);

/// Request builder for [`Client::get_a_branch`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetABranch {
    ref_: String,
    name: String,
    call: crate::runtime::CallOptions,
}

impl GetABranch {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-a-branch",
            "GET",
            "/v1/projects/{ref}/branches/{name}",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &self.name],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetABranch, types::BranchResponse, Json);

/// Request builder for [`Client::get_a_branch_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetABranchConfig {
    branch_id_or_ref: String,
    call: crate::runtime::CallOptions,
}

impl GetABranchConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-a-branch-config",
            "GET",
            "/v1/branches/{branch_id_or_ref}",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.branch_id_or_ref],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetABranchConfig, types::BranchDetailResponse, Json);

/// Request builder for [`Client::get_action_run`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetActionRun {
    ref_: String,
    run_id: String,
    call: crate::runtime::CallOptions,
}

impl GetActionRun {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-action-run",
            "GET",
            "/v1/projects/{ref}/actions/{run_id}",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &self.run_id],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetActionRun, types::ActionRunResponse, Json);

/// Request builder for [`Client::get_action_run_logs`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetActionRunLogs {
    ref_: String,
    run_id: String,
    call: crate::runtime::CallOptions,
}

impl GetActionRunLogs {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-action-run-logs",
            "GET",
            "/v1/projects/{ref}/actions/{run_id}/logs",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &self.run_id],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetActionRunLogs, String, Text);

/// Request builder for [`Client::list_action_runs`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListActionRuns {
    ref_: String,
    limit: Option<f64>,
    offset: Option<f64>,
    call: crate::runtime::CallOptions,
}

#[allow(missing_docs)]
impl ListActionRuns {
    pub fn limit(mut self, value: f64) -> Self {
        self.limit = Some(value);
        self
    }

    pub fn offset(mut self, value: f64) -> Self {
        self.offset = Some(value);
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-action-runs",
            "GET",
            "/v1/projects/{ref}/actions",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.limit {
            request.query.push(("limit", value.to_string()));
        }
        if let Some(value) = self.offset {
            request.query.push(("offset", value.to_string()));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(ListActionRuns, types::ListActionRunResponse, Json);

/// Request builder for [`Client::list_all_branches`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllBranches {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl ListAllBranches {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-all-branches",
            "GET",
            "/v1/projects/{ref}/branches",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(ListAllBranches, Vec < types::BranchResponse >, Json);

/// Request builder for [`Client::merge_a_branch`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct MergeABranch {
    branch_id_or_ref: String,
    body: types::BranchActionBody,
    call: crate::runtime::CallOptions,
}

impl MergeABranch {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-merge-a-branch",
            "POST",
            "/v1/branches/{branch_id_or_ref}/merge",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.branch_id_or_ref],
        );
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(MergeABranch, types::BranchUpdateResponse, Json);

/// Request builder for [`Client::push_a_branch`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct PushABranch {
    branch_id_or_ref: String,
    body: types::BranchActionBody,
    call: crate::runtime::CallOptions,
}

impl PushABranch {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-push-a-branch",
            "POST",
            "/v1/branches/{branch_id_or_ref}/push",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.branch_id_or_ref],
        );
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(PushABranch, types::BranchUpdateResponse, Json);

/// Request builder for [`Client::reset_a_branch`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ResetABranch {
    branch_id_or_ref: String,
    body: types::BranchActionBody,
    call: crate::runtime::CallOptions,
}

impl ResetABranch {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-reset-a-branch",
            "POST",
            "/v1/branches/{branch_id_or_ref}/reset",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.branch_id_or_ref],
        );
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(ResetABranch, types::BranchUpdateResponse, Json);

/// Request builder for [`Client::restore_a_branch`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RestoreABranch {
    branch_id_or_ref: String,
    call: crate::runtime::CallOptions,
}

impl RestoreABranch {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-restore-a-branch",
            "POST",
            "/v1/branches/{branch_id_or_ref}/restore",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.branch_id_or_ref],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(RestoreABranch, types::BranchRestoreResponse, Json);

/// Request builder for [`Client::update_a_branch_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateABranchConfig {
    branch_id_or_ref: String,
    body: types::UpdateBranchBody,
    call: crate::runtime::CallOptions,
}

impl UpdateABranchConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-a-branch-config",
            "PATCH",
            "/v1/branches/{branch_id_or_ref}",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.branch_id_or_ref],
        );
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateABranchConfig, types::BranchResponse, Json);

/// Request builder for [`Client::update_action_run_status`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateActionRunStatus {
    ref_: String,
    run_id: String,
    body: types::UpdateRunStatusBody,
    call: crate::runtime::CallOptions,
}

impl UpdateActionRunStatus {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-action-run-status",
            "PATCH",
            "/v1/projects/{ref}/actions/{run_id}/status",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &self.run_id],
        );
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateActionRunStatus, types::UpdateRunStatusResponse, Json);
