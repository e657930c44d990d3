//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Database`.

use super::super::types;

impl super::super::Client {
    /// Apply a database migration
    ///
    /// Only available to selected partner OAuth apps
    ///
    /// `POST /v1/projects/{ref}/database/migrations`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-apply-a-migration`
    #[doc(alias = "v1_apply_a_migration")]
    pub fn apply_a_migration(
        &self,
        ref_: impl Into<String>,
        body: types::V1CreateMigrationBody,
    ) -> ApplyAMigration<'_> {
        ApplyAMigration {
            client: self,
            ref_: ref_.into(),
            idempotency_key: None,
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Authorize user-id to role mappings for JIT access
    ///
    /// Authorizes the request to assume a role in the project database
    ///
    /// `POST /v1/projects/{ref}/database/jit`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-authorize-jit-access`
    #[doc(alias = "v1_authorize_jit_access")]
    pub fn authorize_jit_access(
        &self,
        ref_: impl Into<String>,
        body: types::AuthorizeJitAccessBody,
    ) -> AuthorizeJitAccess<'_> {
        AuthorizeJitAccess {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Create a login role for CLI with temporary password
    ///
    /// `POST /v1/projects/{ref}/cli/login-role`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-create-login-role`
    #[doc(alias = "v1_create_login_role")]
    pub fn create_login_role(
        &self,
        ref_: impl Into<String>,
        body: types::CreateRoleBody,
    ) -> CreateLoginRole<'_> {
        CreateLoginRole {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Initiates a creation of a restore point for a database
    ///
    /// `POST /v1/projects/{ref}/database/backups/restore-point`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// **Internal**: marked `x-internal` in the spec; it may change without notice.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-create-restore-point`
    #[doc(alias = "v1_create_restore_point")]
    pub fn create_restore_point(
        &self,
        ref_: impl Into<String>,
        body: types::V1RestorePointPostBody,
    ) -> CreateRestorePoint<'_> {
        CreateRestorePoint {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Delete JIT access by user-id
    ///
    /// Remove JIT mappings of a user, revoking all JIT database access
    ///
    /// `DELETE /v1/projects/{ref}/database/jit/{user_id}`
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-delete-jit-access`
    #[doc(alias = "v1_delete_jit_access")]
    pub fn delete_jit_access(
        &self,
        ref_: impl Into<String>,
        user_id: crate::runtime::uuid::Uuid,
    ) -> DeleteJitAccess<'_> {
        DeleteJitAccess {
            client: self,
            ref_: ref_.into(),
            user_id,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Delete existing login roles used by CLI
    ///
    /// `DELETE /v1/projects/{ref}/cli/login-role`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-delete-login-roles`
    #[doc(alias = "v1_delete_login_roles")]
    pub fn delete_login_roles(&self, ref_: impl Into<String>) -> DeleteLoginRoles<'_> {
        DeleteLoginRoles {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Disables project's readonly mode for the next 15 minutes
    ///
    /// `POST /v1/projects/{ref}/readonly/temporary-disable`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-disable-readonly-mode-temporarily`
    #[doc(alias = "v1_disable_readonly_mode_temporarily")]
    pub fn disable_readonly_mode_temporarily(
        &self,
        ref_: impl Into<String>,
    ) -> DisableReadonlyModeTemporarily<'_> {
        DisableReadonlyModeTemporarily {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Enables Database Webhooks on the project
    ///
    /// `POST /v1/projects/{ref}/database/webhooks/enable`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-enable-database-webhook`
    #[doc(alias = "v1_enable_database_webhook")]
    pub fn enable_database_webhook(
        &self,
        ref_: impl Into<String>,
    ) -> EnableDatabaseWebhook<'_> {
        EnableDatabaseWebhook {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Generate TypeScript types
    ///
    /// Returns the TypeScript types of your schema for use with supabase-js.
    ///
    /// `GET /v1/projects/{ref}/types/typescript`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-generate-typescript-types`
    #[doc(alias = "v1_generate_typescript_types")]
    pub fn generate_typescript_types(
        &self,
        ref_: impl Into<String>,
    ) -> GenerateTypescriptTypes<'_> {
        GenerateTypescriptTypes {
            client: self,
            ref_: ref_.into(),
            included_schemas: None,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Fetch an existing entry from migration history
    ///
    /// Only available to selected partner OAuth apps
    ///
    /// `GET /v1/projects/{ref}/database/migrations/{version}`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-a-migration`
    #[doc(alias = "v1_get_a_migration")]
    pub fn get_a_migration(
        &self,
        ref_: impl Into<String>,
        version: impl Into<String>,
    ) -> GetAMigration<'_> {
        GetAMigration {
            client: self,
            ref_: ref_.into(),
            version: version.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Gets a specific SQL snippet
    ///
    /// `GET /v1/snippets/{id}`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// Operation: `v1-get-a-snippet`
    #[doc(alias = "v1_get_a_snippet")]
    pub fn get_a_snippet(&self, id: crate::runtime::uuid::Uuid) -> GetASnippet<'_> {
        GetASnippet {
            client: self,
            id,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Gets the backup schedule for a project
    ///
    /// `GET /v1/projects/{ref}/database/backups/schedule`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-backup-schedule`
    #[doc(alias = "v1_get_backup_schedule")]
    pub fn get_backup_schedule(&self, ref_: impl Into<String>) -> GetBackupSchedule<'_> {
        GetBackupSchedule {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Gets database metadata for the given project.
    ///
    /// This is an **experimental** endpoint. It is subject to change or removal in future versions.
    /// Use it with caution, as it may not remain supported or stable.
    ///
    /// `GET /v1/projects/{ref}/database/context`
    ///
    /// OAuth scope: `projects:read`.
    ///
    /// **Deprecated** in the API.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-database-metadata`
    #[doc(alias = "v1_get_database_metadata")]
    #[deprecated = "deprecated in the API"]
    pub fn get_database_metadata(
        &self,
        ref_: impl Into<String>,
    ) -> GetDatabaseMetadata<'_> {
        GetDatabaseMetadata {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Get PostgREST OpenAPI spec
    ///
    /// Returns the PostgREST OpenAPI specification for the project. This is the replacement for
    /// querying `/rest/v1/` directly with the anon key.
    ///
    /// `GET /v1/projects/{ref}/database/openapi`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-database-openapi`
    #[doc(alias = "v1_get_database_openapi")]
    pub fn get_database_openapi(
        &self,
        ref_: impl Into<String>,
    ) -> GetDatabaseOpenapi<'_> {
        GetDatabaseOpenapi {
            client: self,
            ref_: ref_.into(),
            schema: None,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Get user-id to role mappings for JIT access
    ///
    /// Mappings of roles a user can assume in the project database
    ///
    /// `GET /v1/projects/{ref}/database/jit`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-jit-access`
    #[doc(alias = "v1_get_jit_access")]
    pub fn get_jit_access(&self, ref_: impl Into<String>) -> GetJitAccess<'_> {
        GetJitAccess {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Get project's temporary access configuration.
    ///
    /// `GET /v1/projects/{ref}/jit-access`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-jit-access-config`
    #[doc(alias = "v1_get_jit_access_config")]
    pub fn get_jit_access_config(
        &self,
        ref_: impl Into<String>,
    ) -> GetJitAccessConfig<'_> {
        GetJitAccessConfig {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Gets project's supavisor config
    ///
    /// `GET /v1/projects/{ref}/config/database/pooler`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-pooler-config`
    #[doc(alias = "v1_get_pooler_config")]
    pub fn get_pooler_config(&self, ref_: impl Into<String>) -> GetPoolerConfig<'_> {
        GetPoolerConfig {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Gets project's Postgres config
    ///
    /// `GET /v1/projects/{ref}/config/database/postgres`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-postgres-config`
    #[doc(alias = "v1_get_postgres_config")]
    pub fn get_postgres_config(&self, ref_: impl Into<String>) -> GetPostgresConfig<'_> {
        GetPostgresConfig {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Get project's pgbouncer config
    ///
    /// `GET /v1/projects/{ref}/config/database/pgbouncer`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-project-pgbouncer-config`
    #[doc(alias = "v1_get_project_pgbouncer_config")]
    pub fn get_project_pgbouncer_config(
        &self,
        ref_: impl Into<String>,
    ) -> GetProjectPgbouncerConfig<'_> {
        GetProjectPgbouncerConfig {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Returns project's readonly mode status
    ///
    /// `GET /v1/projects/{ref}/readonly`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-readonly-mode-status`
    #[doc(alias = "v1_get_readonly_mode_status")]
    pub fn get_readonly_mode_status(
        &self,
        ref_: impl Into<String>,
    ) -> GetReadonlyModeStatus<'_> {
        GetReadonlyModeStatus {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Get restore points for project
    ///
    /// `GET /v1/projects/{ref}/database/backups/restore-point`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// **Internal**: marked `x-internal` in the spec; it may change without notice.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-restore-point`
    #[doc(alias = "v1_get_restore_point")]
    pub fn get_restore_point(&self, ref_: impl Into<String>) -> GetRestorePoint<'_> {
        GetRestorePoint {
            client: self,
            ref_: ref_.into(),
            name: None,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Get project's SSL enforcement configuration.
    ///
    /// `GET /v1/projects/{ref}/ssl-enforcement`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-ssl-enforcement-config`
    #[doc(alias = "v1_get_ssl_enforcement_config")]
    pub fn get_ssl_enforcement_config(
        &self,
        ref_: impl Into<String>,
    ) -> GetSslEnforcementConfig<'_> {
        GetSslEnforcementConfig {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Lists all backups
    ///
    /// `GET /v1/projects/{ref}/database/backups`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-list-all-backups`
    #[doc(alias = "v1_list_all_backups")]
    pub fn list_all_backups(&self, ref_: impl Into<String>) -> ListAllBackups<'_> {
        ListAllBackups {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Lists SQL snippets for the logged in user
    ///
    /// `GET /v1/snippets`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// Operation: `v1-list-all-snippets`
    #[doc(alias = "v1_list_all_snippets")]
    pub fn list_all_snippets(&self) -> ListAllSnippets<'_> {
        ListAllSnippets {
            client: self,
            cursor: None,
            limit: None,
            project_ref: None,
            sort_by: None,
            sort_order: None,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// List all user-id to role mappings for JIT access
    ///
    /// Mappings of roles a user can assume in the project database
    ///
    /// `GET /v1/projects/{ref}/database/jit/list`
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-list-jit-access`
    #[doc(alias = "v1_list_jit_access")]
    pub fn list_jit_access(&self, ref_: impl Into<String>) -> ListJitAccess<'_> {
        ListJitAccess {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// List applied migration versions
    ///
    /// Only available to selected partner OAuth apps
    ///
    /// `GET /v1/projects/{ref}/database/migrations`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-list-migration-history`
    #[doc(alias = "v1_list_migration_history")]
    pub fn list_migration_history(
        &self,
        ref_: impl Into<String>,
    ) -> ListMigrationHistory<'_> {
        ListMigrationHistory {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Patch an existing entry in migration history
    ///
    /// Only available to selected partner OAuth apps
    ///
    /// `PATCH /v1/projects/{ref}/database/migrations/{version}`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-patch-a-migration`
    #[doc(alias = "v1_patch_a_migration")]
    pub fn patch_a_migration(
        &self,
        ref_: impl Into<String>,
        version: impl Into<String>,
        body: types::V1PatchMigrationBody,
    ) -> PatchAMigration<'_> {
        PatchAMigration {
            client: self,
            ref_: ref_.into(),
            version: version.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Run a sql query as supabase_read_only_user
    ///
    /// All entity references must be schema qualified.
    ///
    /// `POST /v1/projects/{ref}/database/query/read-only`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-read-only-query`
    #[doc(alias = "v1_read_only_query")]
    pub fn read_only_query(
        &self,
        ref_: impl Into<String>,
        body: types::V1ReadOnlyQueryBody,
    ) -> ReadOnlyQuery<'_> {
        ReadOnlyQuery {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Remove a read replica
    ///
    /// `POST /v1/projects/{ref}/read-replicas/remove`
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-remove-a-read-replica`
    #[doc(alias = "v1_remove_a_read_replica")]
    pub fn remove_a_read_replica(
        &self,
        ref_: impl Into<String>,
        body: types::RemoveReadReplicaBody,
    ) -> RemoveAReadReplica<'_> {
        RemoveAReadReplica {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Restores a physical backup for a database
    ///
    /// `POST /v1/projects/{ref}/database/backups/restore`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// **Internal**: marked `x-internal` in the spec; it may change without notice.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-restore-physical-backup`
    #[doc(alias = "v1_restore_physical_backup")]
    pub fn restore_physical_backup(
        &self,
        ref_: impl Into<String>,
        body: types::V1RestoreBackupBody,
    ) -> RestorePhysicalBackup<'_> {
        RestorePhysicalBackup {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Restores a PITR backup for a database
    ///
    /// `POST /v1/projects/{ref}/database/backups/restore-pitr`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-restore-pitr-backup`
    #[doc(alias = "v1_restore_pitr_backup")]
    pub fn restore_pitr_backup(
        &self,
        ref_: impl Into<String>,
        body: types::V1RestorePitrBody,
    ) -> RestorePitrBackup<'_> {
        RestorePitrBackup {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Rollback database migrations and remove them from history table
    ///
    /// Only available to selected partner OAuth apps
    ///
    /// `DELETE /v1/projects/{ref}/database/migrations`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    /// - `gte`: Rollback migrations greater or equal to this version
    ///
    /// Operation: `v1-rollback-migrations`
    #[doc(alias = "v1_rollback_migrations")]
    pub fn rollback_migrations(
        &self,
        ref_: impl Into<String>,
        gte: impl Into<String>,
    ) -> RollbackMigrations<'_> {
        RollbackMigrations {
            client: self,
            ref_: ref_.into(),
            gte: gte.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Run sql query
    ///
    /// `POST /v1/projects/{ref}/database/query`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-run-a-query`
    #[doc(alias = "v1_run_a_query")]
    pub fn run_a_query(
        &self,
        ref_: impl Into<String>,
        body: types::V1RunQueryBody,
    ) -> RunAQuery<'_> {
        RunAQuery {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Set up a read replica
    ///
    /// `POST /v1/projects/{ref}/read-replicas/setup`
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-setup-a-read-replica`
    #[doc(alias = "v1_setup_a_read_replica")]
    pub fn setup_a_read_replica(
        &self,
        ref_: impl Into<String>,
        body: types::SetUpReadReplicaBody,
    ) -> SetupAReadReplica<'_> {
        SetupAReadReplica {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Initiates an undo to a given restore point
    ///
    /// `POST /v1/projects/{ref}/database/backups/undo`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// **Internal**: marked `x-internal` in the spec; it may change without notice.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-undo`
    #[doc(alias = "v1_undo")]
    pub fn undo(&self, ref_: impl Into<String>, body: types::V1UndoBody) -> Undo<'_> {
        Undo {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Updates the backup schedule time for a project
    ///
    /// Sets the time at which the daily backup runs. The change takes effect on the next backup
    /// window that includes the new time. If the new time has already passed for today, the first
    /// backup at the new time will occur the following day. It can only be updated 3 times per 24
    /// hours.
    ///
    /// `PATCH /v1/projects/{ref}/database/backups/schedule`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-update-backup-schedule`
    #[doc(alias = "v1_update_backup_schedule")]
    pub fn update_backup_schedule(
        &self,
        ref_: impl Into<String>,
        body: types::V1UpdateBackupScheduleBody,
    ) -> UpdateBackupSchedule<'_> {
        UpdateBackupSchedule {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Updates the database password
    ///
    /// `PATCH /v1/projects/{ref}/database/password`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-update-database-password`
    #[doc(alias = "v1_update_database_password")]
    pub fn update_database_password(
        &self,
        ref_: impl Into<String>,
        body: types::V1UpdatePasswordBody,
    ) -> UpdateDatabasePassword<'_> {
        UpdateDatabasePassword {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Updates a user mapping for JIT access
    ///
    /// Modifies the roles that can be assumed and for how long
    ///
    /// `PUT /v1/projects/{ref}/database/jit`
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-update-jit-access`
    #[doc(alias = "v1_update_jit_access")]
    pub fn update_jit_access(
        &self,
        ref_: impl Into<String>,
        body: types::UpdateJitAccessBody,
    ) -> UpdateJitAccess<'_> {
        UpdateJitAccess {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Update project's temporary access configuration.
    ///
    /// `PUT /v1/projects/{ref}/jit-access`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-update-jit-access-config`
    #[doc(alias = "v1_update_jit_access_config")]
    pub fn update_jit_access_config(
        &self,
        ref_: impl Into<String>,
        body: types::JitAccessRequestRequest,
    ) -> UpdateJitAccessConfig<'_> {
        UpdateJitAccessConfig {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Updates project's supavisor config
    ///
    /// `PATCH /v1/projects/{ref}/config/database/pooler`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-update-pooler-config`
    #[doc(alias = "v1_update_pooler_config")]
    pub fn update_pooler_config(
        &self,
        ref_: impl Into<String>,
        body: types::UpdateSupavisorConfigBody,
    ) -> UpdatePoolerConfig<'_> {
        UpdatePoolerConfig {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Updates project's Postgres config
    ///
    /// `PUT /v1/projects/{ref}/config/database/postgres`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-update-postgres-config`
    #[doc(alias = "v1_update_postgres_config")]
    pub fn update_postgres_config(
        &self,
        ref_: impl Into<String>,
        body: types::UpdatePostgresConfigBody,
    ) -> UpdatePostgresConfig<'_> {
        UpdatePostgresConfig {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Update project's SSL enforcement configuration.
    ///
    /// `PUT /v1/projects/{ref}/ssl-enforcement`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-update-ssl-enforcement-config`
    #[doc(alias = "v1_update_ssl_enforcement_config")]
    pub fn update_ssl_enforcement_config(
        &self,
        ref_: impl Into<String>,
        body: types::SslEnforcementRequest,
    ) -> UpdateSslEnforcementConfig<'_> {
        UpdateSslEnforcementConfig {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Upsert a database migration without applying
    ///
    /// Only available to selected partner OAuth apps
    ///
    /// `PUT /v1/projects/{ref}/database/migrations`
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-upsert-a-migration`
    #[doc(alias = "v1_upsert_a_migration")]
    pub fn upsert_a_migration(
        &self,
        ref_: impl Into<String>,
        body: types::V1UpsertMigrationBody,
    ) -> UpsertAMigration<'_> {
        UpsertAMigration {
            client: self,
            ref_: ref_.into(),
            idempotency_key: None,
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }
}

impl std::fmt::Debug for ApplyAMigration<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApplyAMigration")
            .field("client", &self.client)
            .field("ref_", &self.ref_)
            .field("idempotency_key", &format_args!("[redacted]"))
            .field("body", &self.body)
            .field("headers", &self.headers)
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// Request builder for [`Client::apply_a_migration`](super::super::Client::apply_a_migration).
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ApplyAMigration<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    idempotency_key: Option<String>,
    body: types::V1CreateMigrationBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ApplyAMigration<'a> {
    /// A unique key to ensure the same migration is tracked only once.
    pub fn idempotency_key(mut self, value: impl Into<String>) -> Self {
        self.idempotency_key = Some(value.into());
        self
    }

    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-apply-a-migration",
            method: "POST",
            path: "/v1/projects/{ref}/database/migrations",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/migrations",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.idempotency_key {
            request.headers.push(("Idempotency-Key", value));
        }
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(ApplyAMigration, (), Unit);

/// Request builder for
/// [`Client::authorize_jit_access`](super::super::Client::authorize_jit_access).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct AuthorizeJitAccess<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::AuthorizeJitAccessBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> AuthorizeJitAccess<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-authorize-jit-access",
            method: "POST",
            path: "/v1/projects/{ref}/database/jit",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/jit",
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

crate::runtime::call!(AuthorizeJitAccess, types::JitAuthorizeAccessResponse, Json);

/// Request builder for [`Client::create_login_role`](super::super::Client::create_login_role).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateLoginRole<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::CreateRoleBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> CreateLoginRole<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-create-login-role",
            method: "POST",
            path: "/v1/projects/{ref}/cli/login-role",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/cli/login-role",
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

crate::runtime::call!(CreateLoginRole, types::CreateRoleResponse, Json);

/// Request builder for
/// [`Client::create_restore_point`](super::super::Client::create_restore_point).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateRestorePoint<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::V1RestorePointPostBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> CreateRestorePoint<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-create-restore-point",
            method: "POST",
            path: "/v1/projects/{ref}/database/backups/restore-point",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/backups/restore-point",
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

crate::runtime::call!(CreateRestorePoint, types::V1RestorePointResponse, Json);

/// Request builder for [`Client::delete_jit_access`](super::super::Client::delete_jit_access).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteJitAccess<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    user_id: crate::runtime::uuid::Uuid,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> DeleteJitAccess<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-delete-jit-access",
            method: "DELETE",
            path: "/v1/projects/{ref}/database/jit/{user_id}",
        };
        let segment_0 = {
            let value = self.user_id;
            value.to_string()
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/jit/",
            crate::runtime::encode_path_segment(&segment_0).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(DeleteJitAccess, (), Unit);

/// Request builder for [`Client::delete_login_roles`](super::super::Client::delete_login_roles).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteLoginRoles<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> DeleteLoginRoles<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-delete-login-roles",
            method: "DELETE",
            path: "/v1/projects/{ref}/cli/login-role",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/cli/login-role",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(DeleteLoginRoles, types::DeleteRolesResponse, Json);

/// Request builder for
/// [`Client::disable_readonly_mode_temporarily`](super::super::Client::disable_readonly_mode_temporarily).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DisableReadonlyModeTemporarily<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> DisableReadonlyModeTemporarily<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-disable-readonly-mode-temporarily",
            method: "POST",
            path: "/v1/projects/{ref}/readonly/temporary-disable",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/readonly/temporary-disable",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(DisableReadonlyModeTemporarily, (), Unit);

/// Request builder for
/// [`Client::enable_database_webhook`](super::super::Client::enable_database_webhook).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct EnableDatabaseWebhook<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> EnableDatabaseWebhook<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-enable-database-webhook",
            method: "POST",
            path: "/v1/projects/{ref}/database/webhooks/enable",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/webhooks/enable",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(EnableDatabaseWebhook, (), Unit);

/// Request builder for
/// [`Client::generate_typescript_types`](super::super::Client::generate_typescript_types).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GenerateTypescriptTypes<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    included_schemas: Option<String>,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GenerateTypescriptTypes<'a> {
    /// Defaults to `"public"` on the server.
    pub fn included_schemas(mut self, value: impl Into<String>) -> Self {
        self.included_schemas = Some(value.into());
        self
    }

    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-generate-typescript-types",
            method: "GET",
            path: "/v1/projects/{ref}/types/typescript",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/types/typescript",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.included_schemas {
            request.query.push(("included_schemas", value));
        }
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GenerateTypescriptTypes, types::TypescriptResponse, Json);

/// Request builder for [`Client::get_a_migration`](super::super::Client::get_a_migration).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetAMigration<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    version: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetAMigration<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-a-migration",
            method: "GET",
            path: "/v1/projects/{ref}/database/migrations/{version}",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/migrations/",
            crate::runtime::encode_path_segment(&self.version).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetAMigration, types::V1GetMigrationResponse, Json);

/// Request builder for [`Client::get_a_snippet`](super::super::Client::get_a_snippet).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetASnippet<'a> {
    client: &'a crate::runtime::Client,
    id: crate::runtime::uuid::Uuid,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetASnippet<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-a-snippet",
            method: "GET",
            path: "/v1/snippets/{id}",
        };
        let segment_0 = {
            let value = self.id;
            value.to_string()
        };
        let path = [
            "/v1/snippets/",
            crate::runtime::encode_path_segment(&segment_0).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetASnippet, types::SnippetResponse, Json);

/// Request builder for [`Client::get_backup_schedule`](super::super::Client::get_backup_schedule).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetBackupSchedule<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetBackupSchedule<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-backup-schedule",
            method: "GET",
            path: "/v1/projects/{ref}/database/backups/schedule",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/backups/schedule",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetBackupSchedule, types::V1BackupScheduleResponse, Json);

/// Request builder for
/// [`Client::get_database_metadata`](super::super::Client::get_database_metadata).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetDatabaseMetadata<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetDatabaseMetadata<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-database-metadata",
            method: "GET",
            path: "/v1/projects/{ref}/database/context",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/context",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetDatabaseMetadata, types::GetProjectDbMetadataResponse, Json);

/// Request builder for
/// [`Client::get_database_openapi`](super::super::Client::get_database_openapi).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetDatabaseOpenapi<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    schema: Option<String>,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetDatabaseOpenapi<'a> {
    /// The database schema to generate the OpenAPI spec for
    ///
    /// Defaults to `"public"` on the server.
    pub fn schema(mut self, value: impl Into<String>) -> Self {
        self.schema = Some(value.into());
        self
    }

    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-database-openapi",
            method: "GET",
            path: "/v1/projects/{ref}/database/openapi",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/openapi",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.schema {
            request.query.push(("schema", value));
        }
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(
    GetDatabaseOpenapi, std::collections::BTreeMap < String, serde_json::Value >, Json
);

/// Request builder for [`Client::get_jit_access`](super::super::Client::get_jit_access).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetJitAccess<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetJitAccess<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-jit-access",
            method: "GET",
            path: "/v1/projects/{ref}/database/jit",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/jit",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetJitAccess, types::JitAccessResponse, Json);

/// Request builder for
/// [`Client::get_jit_access_config`](super::super::Client::get_jit_access_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetJitAccessConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetJitAccessConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-jit-access-config",
            method: "GET",
            path: "/v1/projects/{ref}/jit-access",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/jit-access",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetJitAccessConfig, types::JitStateResponse, Json);

/// Request builder for [`Client::get_pooler_config`](super::super::Client::get_pooler_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetPoolerConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetPoolerConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-pooler-config",
            method: "GET",
            path: "/v1/projects/{ref}/config/database/pooler",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/database/pooler",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetPoolerConfig, Vec < types::SupavisorConfigResponse >, Json);

/// Request builder for [`Client::get_postgres_config`](super::super::Client::get_postgres_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetPostgresConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetPostgresConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-postgres-config",
            method: "GET",
            path: "/v1/projects/{ref}/config/database/postgres",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/database/postgres",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetPostgresConfig, types::PostgresConfigResponse, Json);

/// Request builder for
/// [`Client::get_project_pgbouncer_config`](super::super::Client::get_project_pgbouncer_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectPgbouncerConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetProjectPgbouncerConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-project-pgbouncer-config",
            method: "GET",
            path: "/v1/projects/{ref}/config/database/pgbouncer",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/database/pgbouncer",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetProjectPgbouncerConfig, types::V1PgbouncerConfigResponse, Json);

/// Request builder for
/// [`Client::get_readonly_mode_status`](super::super::Client::get_readonly_mode_status).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetReadonlyModeStatus<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetReadonlyModeStatus<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-readonly-mode-status",
            method: "GET",
            path: "/v1/projects/{ref}/readonly",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/readonly",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetReadonlyModeStatus, types::ReadOnlyStatusResponse, Json);

/// Request builder for [`Client::get_restore_point`](super::super::Client::get_restore_point).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetRestorePoint<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    name: Option<String>,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

#[allow(missing_docs)]
impl<'a> GetRestorePoint<'a> {
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-restore-point",
            method: "GET",
            path: "/v1/projects/{ref}/database/backups/restore-point",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/backups/restore-point",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.name {
            request.query.push(("name", value));
        }
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetRestorePoint, types::V1RestorePointResponse, Json);

/// Request builder for
/// [`Client::get_ssl_enforcement_config`](super::super::Client::get_ssl_enforcement_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetSslEnforcementConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetSslEnforcementConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-ssl-enforcement-config",
            method: "GET",
            path: "/v1/projects/{ref}/ssl-enforcement",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/ssl-enforcement",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetSslEnforcementConfig, types::SslEnforcementResponse, Json);

/// Request builder for [`Client::list_all_backups`](super::super::Client::list_all_backups).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllBackups<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ListAllBackups<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-list-all-backups",
            method: "GET",
            path: "/v1/projects/{ref}/database/backups",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/backups",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(ListAllBackups, types::V1BackupsResponse, Json);

/// Request builder for [`Client::list_all_snippets`](super::super::Client::list_all_snippets).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllSnippets<'a> {
    client: &'a crate::runtime::Client,
    cursor: Option<String>,
    limit: Option<String>,
    project_ref: Option<String>,
    sort_by: Option<types::ListAllSnippetsSortBy>,
    sort_order: Option<types::ListAllSnippetsSortOrder>,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

#[allow(missing_docs)]
impl<'a> ListAllSnippets<'a> {
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }

    pub fn limit(mut self, value: impl Into<String>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Project ref
    pub fn project_ref(mut self, value: impl Into<String>) -> Self {
        self.project_ref = Some(value.into());
        self
    }

    pub fn sort_by(mut self, value: types::ListAllSnippetsSortBy) -> Self {
        self.sort_by = Some(value);
        self
    }

    pub fn sort_order(mut self, value: types::ListAllSnippetsSortOrder) -> Self {
        self.sort_order = Some(value);
        self
    }

    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-list-all-snippets",
            method: "GET",
            path: "/v1/snippets",
        };
        let path = String::from("/v1/snippets");
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.cursor {
            request.query.push(("cursor", value));
        }
        if let Some(value) = self.limit {
            request.query.push(("limit", value));
        }
        if let Some(value) = self.project_ref {
            request.query.push(("project_ref", value));
        }
        if let Some(value) = self.sort_by {
            request.query.push(("sort_by", value.to_string()));
        }
        if let Some(value) = self.sort_order {
            request.query.push(("sort_order", value.to_string()));
        }
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(ListAllSnippets, types::SnippetList, Json);

/// Request builder for [`Client::list_jit_access`](super::super::Client::list_jit_access).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListJitAccess<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ListJitAccess<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-list-jit-access",
            method: "GET",
            path: "/v1/projects/{ref}/database/jit/list",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/jit/list",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(ListJitAccess, types::JitListAccessResponse, Json);

/// Request builder for
/// [`Client::list_migration_history`](super::super::Client::list_migration_history).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListMigrationHistory<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ListMigrationHistory<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-list-migration-history",
            method: "GET",
            path: "/v1/projects/{ref}/database/migrations",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/migrations",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(ListMigrationHistory, types::V1ListMigrationsResponse, Json);

/// Request builder for [`Client::patch_a_migration`](super::super::Client::patch_a_migration).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct PatchAMigration<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    version: String,
    body: types::V1PatchMigrationBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> PatchAMigration<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-patch-a-migration",
            method: "PATCH",
            path: "/v1/projects/{ref}/database/migrations/{version}",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/migrations/",
            crate::runtime::encode_path_segment(&self.version).as_str(),
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

crate::runtime::call!(PatchAMigration, (), Unit);

/// Request builder for [`Client::read_only_query`](super::super::Client::read_only_query).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ReadOnlyQuery<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::V1ReadOnlyQueryBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ReadOnlyQuery<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-read-only-query",
            method: "POST",
            path: "/v1/projects/{ref}/database/query/read-only",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/query/read-only",
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

crate::runtime::call!(ReadOnlyQuery, (), Unit);

/// Request builder for
/// [`Client::remove_a_read_replica`](super::super::Client::remove_a_read_replica).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RemoveAReadReplica<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::RemoveReadReplicaBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> RemoveAReadReplica<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-remove-a-read-replica",
            method: "POST",
            path: "/v1/projects/{ref}/read-replicas/remove",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/read-replicas/remove",
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

crate::runtime::call!(RemoveAReadReplica, (), Unit);

/// Request builder for
/// [`Client::restore_physical_backup`](super::super::Client::restore_physical_backup).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RestorePhysicalBackup<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::V1RestoreBackupBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> RestorePhysicalBackup<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-restore-physical-backup",
            method: "POST",
            path: "/v1/projects/{ref}/database/backups/restore",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/backups/restore",
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

crate::runtime::call!(RestorePhysicalBackup, (), Unit);

/// Request builder for [`Client::restore_pitr_backup`](super::super::Client::restore_pitr_backup).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RestorePitrBackup<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::V1RestorePitrBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> RestorePitrBackup<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-restore-pitr-backup",
            method: "POST",
            path: "/v1/projects/{ref}/database/backups/restore-pitr",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/backups/restore-pitr",
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

crate::runtime::call!(RestorePitrBackup, (), Unit);

/// Request builder for [`Client::rollback_migrations`](super::super::Client::rollback_migrations).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RollbackMigrations<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    gte: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> RollbackMigrations<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-rollback-migrations",
            method: "DELETE",
            path: "/v1/projects/{ref}/database/migrations",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/migrations",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.gte;
        request.query.push(("gte", value));
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(RollbackMigrations, (), Unit);

/// Request builder for [`Client::run_a_query`](super::super::Client::run_a_query).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RunAQuery<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::V1RunQueryBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> RunAQuery<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-run-a-query",
            method: "POST",
            path: "/v1/projects/{ref}/database/query",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/query",
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

crate::runtime::call!(
    RunAQuery, Vec < std::collections::BTreeMap < String, serde_json::Value >>, Json
);

/// Request builder for
/// [`Client::setup_a_read_replica`](super::super::Client::setup_a_read_replica).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct SetupAReadReplica<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::SetUpReadReplicaBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> SetupAReadReplica<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-setup-a-read-replica",
            method: "POST",
            path: "/v1/projects/{ref}/read-replicas/setup",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/read-replicas/setup",
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

crate::runtime::call!(SetupAReadReplica, (), Unit);

/// Request builder for [`Client::undo`](super::super::Client::undo).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct Undo<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::V1UndoBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> Undo<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-undo",
            method: "POST",
            path: "/v1/projects/{ref}/database/backups/undo",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/backups/undo",
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

crate::runtime::call!(Undo, (), Unit);

/// Request builder for
/// [`Client::update_backup_schedule`](super::super::Client::update_backup_schedule).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateBackupSchedule<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::V1UpdateBackupScheduleBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateBackupSchedule<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-backup-schedule",
            method: "PATCH",
            path: "/v1/projects/{ref}/database/backups/schedule",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/backups/schedule",
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

crate::runtime::call!(UpdateBackupSchedule, types::V1BackupScheduleResponse, Json);

/// Request builder for
/// [`Client::update_database_password`](super::super::Client::update_database_password).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateDatabasePassword<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::V1UpdatePasswordBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateDatabasePassword<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-database-password",
            method: "PATCH",
            path: "/v1/projects/{ref}/database/password",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/password",
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

crate::runtime::call!(UpdateDatabasePassword, types::V1UpdatePasswordResponse, Json);

/// Request builder for [`Client::update_jit_access`](super::super::Client::update_jit_access).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateJitAccess<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::UpdateJitAccessBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateJitAccess<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-jit-access",
            method: "PUT",
            path: "/v1/projects/{ref}/database/jit",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/jit",
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

crate::runtime::call!(UpdateJitAccess, types::JitAccessResponse, Json);

/// Request builder for
/// [`Client::update_jit_access_config`](super::super::Client::update_jit_access_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateJitAccessConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::JitAccessRequestRequest,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateJitAccessConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-jit-access-config",
            method: "PUT",
            path: "/v1/projects/{ref}/jit-access",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/jit-access",
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

crate::runtime::call!(UpdateJitAccessConfig, types::JitStateResponse, Json);

/// Request builder for
/// [`Client::update_pooler_config`](super::super::Client::update_pooler_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdatePoolerConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::UpdateSupavisorConfigBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdatePoolerConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-pooler-config",
            method: "PATCH",
            path: "/v1/projects/{ref}/config/database/pooler",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/database/pooler",
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

crate::runtime::call!(UpdatePoolerConfig, types::UpdateSupavisorConfigResponse, Json);

/// Request builder for
/// [`Client::update_postgres_config`](super::super::Client::update_postgres_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdatePostgresConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::UpdatePostgresConfigBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdatePostgresConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-postgres-config",
            method: "PUT",
            path: "/v1/projects/{ref}/config/database/postgres",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/database/postgres",
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

crate::runtime::call!(UpdatePostgresConfig, types::PostgresConfigResponse, Json);

/// Request builder for
/// [`Client::update_ssl_enforcement_config`](super::super::Client::update_ssl_enforcement_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateSslEnforcementConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::SslEnforcementRequest,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateSslEnforcementConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-ssl-enforcement-config",
            method: "PUT",
            path: "/v1/projects/{ref}/ssl-enforcement",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/ssl-enforcement",
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

crate::runtime::call!(UpdateSslEnforcementConfig, types::SslEnforcementResponse, Json);

impl std::fmt::Debug for UpsertAMigration<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpsertAMigration")
            .field("client", &self.client)
            .field("ref_", &self.ref_)
            .field("idempotency_key", &format_args!("[redacted]"))
            .field("body", &self.body)
            .field("headers", &self.headers)
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// Request builder for [`Client::upsert_a_migration`](super::super::Client::upsert_a_migration).
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpsertAMigration<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    idempotency_key: Option<String>,
    body: types::V1UpsertMigrationBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpsertAMigration<'a> {
    /// A unique key to ensure the same migration is tracked only once.
    pub fn idempotency_key(mut self, value: impl Into<String>) -> Self {
        self.idempotency_key = Some(value.into());
        self
    }

    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-upsert-a-migration",
            method: "PUT",
            path: "/v1/projects/{ref}/database/migrations",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/database/migrations",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.idempotency_key {
            request.headers.push(("Idempotency-Key", value));
        }
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(UpsertAMigration, (), Unit);
