//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Projects`.

use super::super::Client;
use super::super::types;

impl Client {
    /// Cancels the given project restoration
    ///
    /// `POST /v1/projects/{ref}/restore/cancel` (operation `v1-cancel-a-project-restoration`)
    ///
    /// OAuth scope: `projects:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_cancel_a_project_restoration")]
    pub fn cancel_a_project_restoration(
        &self,
        ref_: impl Into<String>,
    ) -> CancelAProjectRestoration {
        CancelAProjectRestoration {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Create a project
    ///
    /// `POST /v1/projects` (operation `v1-create-a-project`)
    ///
    /// OAuth scope: `projects:write`.
    #[doc(alias = "v1_create_a_project")]
    pub fn create_a_project(&self, body: types::V1CreateProjectBody) -> CreateAProject {
        CreateAProject {
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Creates project claim token
    ///
    /// `POST /v1/projects/{ref}/claim-token` (operation `v1-create-project-claim-token`)
    ///
    /// **Internal**: marked `x-internal` in the spec; it may change without notice.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_create_project_claim_token")]
    pub fn create_project_claim_token(
        &self,
        ref_: impl Into<String>,
    ) -> CreateProjectClaimToken {
        CreateProjectClaimToken {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Deletes the given project
    ///
    /// `DELETE /v1/projects/{ref}` (operation `v1-delete-a-project`)
    ///
    /// OAuth scope: `projects:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_delete_a_project")]
    pub fn delete_a_project(&self, ref_: impl Into<String>) -> DeleteAProject {
        DeleteAProject {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Remove network bans.
    ///
    /// `DELETE /v1/projects/{ref}/network-bans` (operation `v1-delete-network-bans`)
    ///
    /// OAuth scope: `projects:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_delete_network_bans")]
    pub fn delete_network_bans(
        &self,
        ref_: impl Into<String>,
        body: types::RemoveNetworkBanRequest,
    ) -> DeleteNetworkBans {
        DeleteNetworkBans {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Revokes project claim token
    ///
    /// `DELETE /v1/projects/{ref}/claim-token` (operation `v1-delete-project-claim-token`)
    ///
    /// **Internal**: marked `x-internal` in the spec; it may change without notice.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_delete_project_claim_token")]
    pub fn delete_project_claim_token(
        &self,
        ref_: impl Into<String>,
    ) -> DeleteProjectClaimToken {
        DeleteProjectClaimToken {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets all projects for the given organization
    ///
    /// Returns a paginated list of projects for the specified organization.
    ///
    /// This endpoint uses offset-based pagination. Use the `offset` parameter to skip a number of
    /// projects and the `limit` parameter to control the number of projects returned per page.
    ///
    /// `GET /v1/organizations/{slug}/projects` (operation `v1-get-all-projects-for-organization`)
    ///
    /// OAuth scope: `projects:read`.
    ///
    /// # Arguments
    ///
    /// - `slug`: Organization slug
    #[doc(alias = "v1_get_all_projects_for_organization")]
    pub fn get_all_projects_for_organization(
        &self,
        slug: impl Into<String>,
    ) -> GetAllProjectsForOrganization {
        GetAllProjectsForOrganization {
            slug: slug.into(),
            limit: None,
            offset: None,
            search: None,
            sort: None,
            statuses: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Gets the list of available regions that can be used for a new project
    ///
    /// `GET /v1/projects/available-regions` (operation `v1-get-available-regions`)
    ///
    /// OAuth scope: `organizations:read`.
    ///
    /// # Arguments
    ///
    /// - `organization_slug`: Slug of your organization
    #[doc(alias = "v1_get_available_regions")]
    pub fn get_available_regions(
        &self,
        organization_slug: impl Into<String>,
    ) -> GetAvailableRegions {
        GetAvailableRegions {
            organization_slug: organization_slug.into(),
            continent: None,
            desired_instance_size: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Get database disk attributes
    ///
    /// `GET /v1/projects/{ref}/config/disk` (operation `v1-get-database-disk`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_database_disk")]
    pub fn get_database_disk(&self, ref_: impl Into<String>) -> GetDatabaseDisk {
        GetDatabaseDisk {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Get disk utilization
    ///
    /// `GET /v1/projects/{ref}/config/disk/util` (operation `v1-get-disk-utilization`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_disk_utilization")]
    pub fn get_disk_utilization(&self, ref_: impl Into<String>) -> GetDiskUtilization {
        GetDiskUtilization {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Gets project's network restrictions
    ///
    /// `GET /v1/projects/{ref}/network-restrictions` (operation `v1-get-network-restrictions`)
    ///
    /// OAuth scope: `projects:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_network_restrictions")]
    pub fn get_network_restrictions(
        &self,
        ref_: impl Into<String>,
    ) -> GetNetworkRestrictions {
        GetNetworkRestrictions {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Returns the project's eligibility for upgrades
    ///
    /// `GET /v1/projects/{ref}/upgrade/eligibility` (operation
    /// `v1-get-postgres-upgrade-eligibility`)
    ///
    /// OAuth scope: `projects:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_postgres_upgrade_eligibility")]
    pub fn get_postgres_upgrade_eligibility(
        &self,
        ref_: impl Into<String>,
    ) -> GetPostgresUpgradeEligibility {
        GetPostgresUpgradeEligibility {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Gets the latest status of the project's upgrade
    ///
    /// `GET /v1/projects/{ref}/upgrade/status` (operation `v1-get-postgres-upgrade-status`)
    ///
    /// OAuth scope: `projects:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_postgres_upgrade_status")]
    pub fn get_postgres_upgrade_status(
        &self,
        ref_: impl Into<String>,
    ) -> GetPostgresUpgradeStatus {
        GetPostgresUpgradeStatus {
            ref_: ref_.into(),
            tracking_id: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets a specific project that belongs to the authenticated user
    ///
    /// `GET /v1/projects/{ref}` (operation `v1-get-project`)
    ///
    /// OAuth scope: `projects:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_project")]
    pub fn get_project(&self, ref_: impl Into<String>) -> GetProject {
        GetProject {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets project claim token
    ///
    /// `GET /v1/projects/{ref}/claim-token` (operation `v1-get-project-claim-token`)
    ///
    /// **Internal**: marked `x-internal` in the spec; it may change without notice.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_project_claim_token")]
    pub fn get_project_claim_token(
        &self,
        ref_: impl Into<String>,
    ) -> GetProjectClaimToken {
        GetProjectClaimToken {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets project disk autoscale config
    ///
    /// `GET /v1/projects/{ref}/config/disk/autoscale` (operation
    /// `v1-get-project-disk-autoscale-config`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_project_disk_autoscale_config")]
    pub fn get_project_disk_autoscale_config(
        &self,
        ref_: impl Into<String>,
    ) -> GetProjectDiskAutoscaleConfig {
        GetProjectDiskAutoscaleConfig {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets project's service health status
    ///
    /// `GET /v1/projects/{ref}/health` (operation `v1-get-services-health`)
    ///
    /// OAuth scope: `projects:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_services_health")]
    pub fn get_services_health(
        &self,
        ref_: impl Into<String>,
        services: Vec<types::GetServicesHealthServicesItem>,
    ) -> GetServicesHealth {
        GetServicesHealth {
            ref_: ref_.into(),
            services,
            timeout_ms: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Gets project's network bans
    ///
    /// `POST /v1/projects/{ref}/network-bans/retrieve` (operation `v1-list-all-network-bans`)
    ///
    /// OAuth scope: `projects:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_list_all_network_bans")]
    pub fn list_all_network_bans(&self, ref_: impl Into<String>) -> ListAllNetworkBans {
        ListAllNetworkBans {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Gets project's network bans with additional information about which databases they
    /// affect
    ///
    /// `POST /v1/projects/{ref}/network-bans/retrieve/enriched` (operation
    /// `v1-list-all-network-bans-enriched`)
    ///
    /// OAuth scope: `projects:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_list_all_network_bans_enriched")]
    pub fn list_all_network_bans_enriched(
        &self,
        ref_: impl Into<String>,
    ) -> ListAllNetworkBansEnriched {
        ListAllNetworkBansEnriched {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// List all projects
    ///
    /// Returns a list of all projects you've previously created.
    ///
    /// `GET /v1/projects` (operation `v1-list-all-projects`)
    ///
    /// OAuth scope: `projects:read`.
    #[doc(alias = "v1_list_all_projects")]
    pub fn list_all_projects(&self) -> ListAllProjects {
        ListAllProjects {
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Lists available restore versions for the given project
    ///
    /// `GET /v1/projects/{ref}/restore` (operation `v1-list-available-restore-versions`)
    ///
    /// OAuth scope: `projects:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_list_available_restore_versions")]
    pub fn list_available_restore_versions(
        &self,
        ref_: impl Into<String>,
    ) -> ListAvailableRestoreVersions {
        ListAvailableRestoreVersions {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Modify database disk
    ///
    /// `POST /v1/projects/{ref}/config/disk` (operation `v1-modify-database-disk`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_modify_database_disk")]
    pub fn modify_database_disk(
        &self,
        ref_: impl Into<String>,
        body: types::DiskRequestBody,
    ) -> ModifyDatabaseDisk {
        ModifyDatabaseDisk {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Alpha\] Updates project's network restrictions by adding or removing CIDRs
    ///
    /// `PATCH /v1/projects/{ref}/network-restrictions` (operation `v1-patch-network-restrictions`)
    ///
    /// OAuth scope: `projects:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_patch_network_restrictions")]
    pub fn patch_network_restrictions(
        &self,
        ref_: impl Into<String>,
        body: types::NetworkRestrictionsPatchRequest,
    ) -> PatchNetworkRestrictions {
        PatchNetworkRestrictions {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Pauses the given project
    ///
    /// `POST /v1/projects/{ref}/pause` (operation `v1-pause-a-project`)
    ///
    /// OAuth scope: `projects:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_pause_a_project")]
    pub fn pause_a_project(&self, ref_: impl Into<String>) -> PauseAProject {
        PauseAProject {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Restores the given project
    ///
    /// `POST /v1/projects/{ref}/restore` (operation `v1-restore-a-project`)
    ///
    /// OAuth scope: `projects:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_restore_a_project")]
    pub fn restore_a_project(&self, ref_: impl Into<String>) -> RestoreAProject {
        RestoreAProject {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Updates the given project
    ///
    /// `PATCH /v1/projects/{ref}` (operation `v1-update-a-project`)
    ///
    /// OAuth scope: `projects:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_update_a_project")]
    pub fn update_a_project(
        &self,
        ref_: impl Into<String>,
        body: types::V1UpdateProjectBody,
    ) -> UpdateAProject {
        UpdateAProject {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Updates project's network restrictions
    ///
    /// `POST /v1/projects/{ref}/network-restrictions/apply` (operation
    /// `v1-update-network-restrictions`)
    ///
    /// OAuth scope: `projects:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_update_network_restrictions")]
    pub fn update_network_restrictions(
        &self,
        ref_: impl Into<String>,
        body: types::NetworkRestrictionsRequest,
    ) -> UpdateNetworkRestrictions {
        UpdateNetworkRestrictions {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Upgrades the project's Postgres version
    ///
    /// `POST /v1/projects/{ref}/upgrade` (operation `v1-upgrade-postgres-version`)
    ///
    /// OAuth scope: `projects:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_upgrade_postgres_version")]
    pub fn upgrade_postgres_version(
        &self,
        ref_: impl Into<String>,
        body: types::UpgradeDatabaseBody,
    ) -> UpgradePostgresVersion {
        UpgradePostgresVersion {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }
}

/// Request builder for [`Client::cancel_a_project_restoration`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CancelAProjectRestoration {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl CancelAProjectRestoration {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-cancel-a-project-restoration",
            "POST",
            "/v1/projects/{ref}/restore/cancel",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(CancelAProjectRestoration, (), Unit);

/// Request builder for [`Client::create_a_project`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateAProject {
    body: types::V1CreateProjectBody,
    call: crate::runtime::CallOptions,
}

impl CreateAProject {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-create-a-project",
            "POST",
            "/v1/projects",
        );
        let path = String::from("/v1/projects");
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(CreateAProject, types::V1ProjectResponse, Json);

/// Request builder for [`Client::create_project_claim_token`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateProjectClaimToken {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl CreateProjectClaimToken {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-create-project-claim-token",
            "POST",
            "/v1/projects/{ref}/claim-token",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(
    CreateProjectClaimToken, types::CreateProjectClaimTokenResponse, Json
);

/// Request builder for [`Client::delete_a_project`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteAProject {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl DeleteAProject {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-delete-a-project",
            "DELETE",
            "/v1/projects/{ref}",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(DeleteAProject, types::V1ProjectRefResponse, Json);

/// Request builder for [`Client::delete_network_bans`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteNetworkBans {
    ref_: String,
    body: types::RemoveNetworkBanRequest,
    call: crate::runtime::CallOptions,
}

impl DeleteNetworkBans {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-delete-network-bans",
            "DELETE",
            "/v1/projects/{ref}/network-bans",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(DeleteNetworkBans, (), Unit);

/// Request builder for [`Client::delete_project_claim_token`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteProjectClaimToken {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl DeleteProjectClaimToken {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-delete-project-claim-token",
            "DELETE",
            "/v1/projects/{ref}/claim-token",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(DeleteProjectClaimToken, (), Unit);

/// Request builder for [`Client::get_all_projects_for_organization`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetAllProjectsForOrganization {
    slug: String,
    limit: Option<i64>,
    offset: Option<i64>,
    search: Option<String>,
    sort: Option<types::GetAllProjectsForOrganizationSort>,
    statuses: Option<String>,
    call: crate::runtime::CallOptions,
}

impl GetAllProjectsForOrganization {
    /// Number of projects to return per page
    ///
    /// Defaults to `100` on the server.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// Number of projects to skip
    ///
    /// Defaults to `0` on the server.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }

    /// Search projects by name
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.search = Some(value.into());
        self
    }

    /// Sort order for projects
    ///
    /// Defaults to `"name_asc"` on the server.
    pub fn sort(mut self, value: types::GetAllProjectsForOrganizationSort) -> Self {
        self.sort = Some(value);
        self
    }

    /// A comma-separated list of project statuses to filter by.
    ///
    /// The following values are supported: `ACTIVE_HEALTHY`, `INACTIVE`.
    pub fn statuses(mut self, value: impl Into<String>) -> Self {
        self.statuses = Some(value.into());
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-all-projects-for-organization",
            "GET",
            "/v1/organizations/{slug}/projects",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.slug]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.limit {
            request.query.push(("limit", value.to_string()));
        }
        if let Some(value) = self.offset {
            request.query.push(("offset", value.to_string()));
        }
        if let Some(value) = self.search {
            request.query.push(("search", value));
        }
        if let Some(value) = self.sort {
            request.query.push(("sort", value.to_string()));
        }
        if let Some(value) = self.statuses {
            request.query.push(("statuses", value));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(
    GetAllProjectsForOrganization, types::OrganizationProjectsResponse, Json
);

/// Request builder for [`Client::get_available_regions`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetAvailableRegions {
    organization_slug: String,
    continent: Option<types::GetAvailableRegionsContinent>,
    desired_instance_size: Option<types::GetAvailableRegionsDesiredInstanceSize>,
    call: crate::runtime::CallOptions,
}

impl GetAvailableRegions {
    /// Continent code to determine regional recommendations: NA (North America), SA (South
    /// America), EU (Europe), AF (Africa), AS (Asia), OC (Oceania), AN (Antarctica)
    pub fn continent(mut self, value: types::GetAvailableRegionsContinent) -> Self {
        self.continent = Some(value);
        self
    }

    /// Desired instance size. Omit this field to always default to the smallest possible size.
    pub fn desired_instance_size(
        mut self,
        value: types::GetAvailableRegionsDesiredInstanceSize,
    ) -> Self {
        self.desired_instance_size = Some(value);
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-available-regions",
            "GET",
            "/v1/projects/available-regions",
        );
        let path = String::from("/v1/projects/available-regions");
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.continent {
            request.query.push(("continent", value.to_string()));
        }
        if let Some(value) = self.desired_instance_size {
            request.query.push(("desired_instance_size", value.to_string()));
        }
        let value = self.organization_slug;
        request.query.push(("organization_slug", value));
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(GetAvailableRegions, types::RegionsInfo, Json);

/// Request builder for [`Client::get_database_disk`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetDatabaseDisk {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetDatabaseDisk {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-database-disk",
            "GET",
            "/v1/projects/{ref}/config/disk",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetDatabaseDisk, types::DiskResponse, Json);

/// Request builder for [`Client::get_disk_utilization`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetDiskUtilization {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetDiskUtilization {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-disk-utilization",
            "GET",
            "/v1/projects/{ref}/config/disk/util",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetDiskUtilization, types::DiskUtilMetricsResponse, Json);

/// Request builder for [`Client::get_network_restrictions`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetNetworkRestrictions {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetNetworkRestrictions {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-network-restrictions",
            "GET",
            "/v1/projects/{ref}/network-restrictions",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetNetworkRestrictions, types::NetworkRestrictionsResponse, Json);

/// Request builder for [`Client::get_postgres_upgrade_eligibility`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetPostgresUpgradeEligibility {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetPostgresUpgradeEligibility {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-postgres-upgrade-eligibility",
            "GET",
            "/v1/projects/{ref}/upgrade/eligibility",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(
    GetPostgresUpgradeEligibility, types::ProjectUpgradeEligibilityResponse, Json
);

/// Request builder for [`Client::get_postgres_upgrade_status`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetPostgresUpgradeStatus {
    ref_: String,
    tracking_id: Option<String>,
    call: crate::runtime::CallOptions,
}

#[allow(missing_docs)]
impl GetPostgresUpgradeStatus {
    pub fn tracking_id(mut self, value: impl Into<String>) -> Self {
        self.tracking_id = Some(value.into());
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-postgres-upgrade-status",
            "GET",
            "/v1/projects/{ref}/upgrade/status",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.tracking_id {
            request.query.push(("tracking_id", value));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(
    GetPostgresUpgradeStatus, types::DatabaseUpgradeStatusResponse, Json
);

/// Request builder for [`Client::get_project`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProject {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetProject {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-project",
            "GET",
            "/v1/projects/{ref}",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetProject, types::V1ProjectWithDatabaseResponse, Json);

/// Request builder for [`Client::get_project_claim_token`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectClaimToken {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetProjectClaimToken {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-project-claim-token",
            "GET",
            "/v1/projects/{ref}/claim-token",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetProjectClaimToken, types::ProjectClaimTokenResponse, Json);

/// Request builder for [`Client::get_project_disk_autoscale_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectDiskAutoscaleConfig {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetProjectDiskAutoscaleConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-project-disk-autoscale-config",
            "GET",
            "/v1/projects/{ref}/config/disk/autoscale",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetProjectDiskAutoscaleConfig, types::DiskAutoscaleConfig, Json);

/// Request builder for [`Client::get_services_health`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetServicesHealth {
    ref_: String,
    services: Vec<types::GetServicesHealthServicesItem>,
    timeout_ms: Option<i64>,
    call: crate::runtime::CallOptions,
}

#[allow(missing_docs)]
impl GetServicesHealth {
    pub fn timeout_ms(mut self, value: i64) -> Self {
        self.timeout_ms = Some(value);
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-services-health",
            "GET",
            "/v1/projects/{ref}/health",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.services;
        for value in value {
            request.query.push(("services", value.to_string()));
        }
        if let Some(value) = self.timeout_ms {
            request.query.push(("timeout_ms", value.to_string()));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(GetServicesHealth, Vec < types::V1ServiceHealthResponse >, Json);

/// Request builder for [`Client::list_all_network_bans`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllNetworkBans {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl ListAllNetworkBans {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-all-network-bans",
            "POST",
            "/v1/projects/{ref}/network-bans/retrieve",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(ListAllNetworkBans, types::NetworkBanResponse, Json);

/// Request builder for [`Client::list_all_network_bans_enriched`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllNetworkBansEnriched {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl ListAllNetworkBansEnriched {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-all-network-bans-enriched",
            "POST",
            "/v1/projects/{ref}/network-bans/retrieve/enriched",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(
    ListAllNetworkBansEnriched, types::NetworkBanResponseEnriched, Json
);

/// Request builder for [`Client::list_all_projects`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllProjects {
    call: crate::runtime::CallOptions,
}

impl ListAllProjects {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-all-projects",
            "GET",
            "/v1/projects",
        );
        let path = String::from("/v1/projects");
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(
    ListAllProjects, Vec < types::V1ProjectWithDatabaseResponse >, Json
);

/// Request builder for [`Client::list_available_restore_versions`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAvailableRestoreVersions {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl ListAvailableRestoreVersions {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-available-restore-versions",
            "GET",
            "/v1/projects/{ref}/restore",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(
    ListAvailableRestoreVersions, types::GetProjectAvailableRestoreVersionsResponse, Json
);

/// Request builder for [`Client::modify_database_disk`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ModifyDatabaseDisk {
    ref_: String,
    body: types::DiskRequestBody,
    call: crate::runtime::CallOptions,
}

impl ModifyDatabaseDisk {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-modify-database-disk",
            "POST",
            "/v1/projects/{ref}/config/disk",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(ModifyDatabaseDisk, (), Unit);

/// Request builder for [`Client::patch_network_restrictions`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct PatchNetworkRestrictions {
    ref_: String,
    body: types::NetworkRestrictionsPatchRequest,
    call: crate::runtime::CallOptions,
}

impl PatchNetworkRestrictions {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-patch-network-restrictions",
            "PATCH",
            "/v1/projects/{ref}/network-restrictions",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(
    PatchNetworkRestrictions, types::NetworkRestrictionsV2Response, Json
);

/// Request builder for [`Client::pause_a_project`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct PauseAProject {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl PauseAProject {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-pause-a-project",
            "POST",
            "/v1/projects/{ref}/pause",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(PauseAProject, (), Unit);

/// Request builder for [`Client::restore_a_project`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RestoreAProject {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl RestoreAProject {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-restore-a-project",
            "POST",
            "/v1/projects/{ref}/restore",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(RestoreAProject, (), Unit);

/// Request builder for [`Client::update_a_project`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateAProject {
    ref_: String,
    body: types::V1UpdateProjectBody,
    call: crate::runtime::CallOptions,
}

impl UpdateAProject {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-a-project",
            "PATCH",
            "/v1/projects/{ref}",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateAProject, types::V1ProjectRefResponse, Json);

/// Request builder for [`Client::update_network_restrictions`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateNetworkRestrictions {
    ref_: String,
    body: types::NetworkRestrictionsRequest,
    call: crate::runtime::CallOptions,
}

impl UpdateNetworkRestrictions {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-network-restrictions",
            "POST",
            "/v1/projects/{ref}/network-restrictions/apply",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(
    UpdateNetworkRestrictions, types::NetworkRestrictionsResponse, Json
);

/// Request builder for [`Client::upgrade_postgres_version`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpgradePostgresVersion {
    ref_: String,
    body: types::UpgradeDatabaseBody,
    call: crate::runtime::CallOptions,
}

impl UpgradePostgresVersion {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-upgrade-postgres-version",
            "POST",
            "/v1/projects/{ref}/upgrade",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(
    UpgradePostgresVersion, types::ProjectUpgradeInitiateResponse, Json
);
