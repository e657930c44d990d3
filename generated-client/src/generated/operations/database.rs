//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Database`.

use super::super::Client;
use super::super::types;

impl Client {
    /// Apply a database migration
    ///
    /// Only available to selected partner OAuth apps
    ///
    /// `POST /v1/projects/{ref}/database/migrations` (operation `v1-apply-a-migration`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_apply_a_migration")]
    pub fn apply_a_migration(
        &self,
        ref_: impl Into<String>,
        body: types::V1CreateMigrationBody,
    ) -> ApplyAMigration {
        ApplyAMigration {
            ref_: ref_.into(),
            idempotency_key: None,
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Authorize user-id to role mappings for JIT access
    ///
    /// Authorizes the request to assume a role in the project database
    ///
    /// `POST /v1/projects/{ref}/database/jit` (operation `v1-authorize-jit-access`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_authorize_jit_access")]
    pub fn authorize_jit_access(
        &self,
        ref_: impl Into<String>,
        body: types::AuthorizeJitAccessBody,
    ) -> AuthorizeJitAccess {
        AuthorizeJitAccess {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Create a login role for CLI with temporary password
    ///
    /// `POST /v1/projects/{ref}/cli/login-role` (operation `v1-create-login-role`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_create_login_role")]
    pub fn create_login_role(
        &self,
        ref_: impl Into<String>,
        body: types::CreateRoleBody,
    ) -> CreateLoginRole {
        CreateLoginRole {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Initiates a creation of a restore point for a database
    ///
    /// `POST /v1/projects/{ref}/database/backups/restore-point` (operation
    /// `v1-create-restore-point`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// **Internal**: marked `x-internal` in the spec; it may change without notice.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_create_restore_point")]
    pub fn create_restore_point(
        &self,
        ref_: impl Into<String>,
        body: types::V1RestorePointPostBody,
    ) -> CreateRestorePoint {
        CreateRestorePoint {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Delete JIT access by user-id
    ///
    /// Remove JIT mappings of a user, revoking all JIT database access
    ///
    /// `DELETE /v1/projects/{ref}/database/jit/{user_id}` (operation `v1-delete-jit-access`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_delete_jit_access")]
    pub fn delete_jit_access(
        &self,
        ref_: impl Into<String>,
        user_id: crate::runtime::uuid::Uuid,
    ) -> DeleteJitAccess {
        DeleteJitAccess {
            ref_: ref_.into(),
            user_id,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Delete existing login roles used by CLI
    ///
    /// `DELETE /v1/projects/{ref}/cli/login-role` (operation `v1-delete-login-roles`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_delete_login_roles")]
    pub fn delete_login_roles(&self, ref_: impl Into<String>) -> DeleteLoginRoles {
        DeleteLoginRoles {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Disables project's readonly mode for the next 15 minutes
    ///
    /// `POST /v1/projects/{ref}/readonly/temporary-disable` (operation
    /// `v1-disable-readonly-mode-temporarily`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_disable_readonly_mode_temporarily")]
    pub fn disable_readonly_mode_temporarily(
        &self,
        ref_: impl Into<String>,
    ) -> DisableReadonlyModeTemporarily {
        DisableReadonlyModeTemporarily {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Enables Database Webhooks on the project
    ///
    /// `POST /v1/projects/{ref}/database/webhooks/enable` (operation `v1-enable-database-webhook`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_enable_database_webhook")]
    pub fn enable_database_webhook(
        &self,
        ref_: impl Into<String>,
    ) -> EnableDatabaseWebhook {
        EnableDatabaseWebhook {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Generate TypeScript types
    ///
    /// Returns the TypeScript types of your schema for use with supabase-js.
    ///
    /// `GET /v1/projects/{ref}/types/typescript` (operation `v1-generate-typescript-types`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_generate_typescript_types")]
    pub fn generate_typescript_types(
        &self,
        ref_: impl Into<String>,
    ) -> GenerateTypescriptTypes {
        GenerateTypescriptTypes {
            ref_: ref_.into(),
            included_schemas: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Fetch an existing entry from migration history
    ///
    /// Only available to selected partner OAuth apps
    ///
    /// `GET /v1/projects/{ref}/database/migrations/{version}` (operation `v1-get-a-migration`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_a_migration")]
    pub fn get_a_migration(
        &self,
        ref_: impl Into<String>,
        version: impl Into<String>,
    ) -> GetAMigration {
        GetAMigration {
            ref_: ref_.into(),
            version: version.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets a specific SQL snippet
    ///
    /// `GET /v1/snippets/{id}` (operation `v1-get-a-snippet`)
    ///
    /// OAuth scope: `database:read`.
    #[doc(alias = "v1_get_a_snippet")]
    pub fn get_a_snippet(&self, id: crate::runtime::uuid::Uuid) -> GetASnippet {
        GetASnippet {
            id,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets the backup schedule for a project
    ///
    /// `GET /v1/projects/{ref}/database/backups/schedule` (operation `v1-get-backup-schedule`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_backup_schedule")]
    pub fn get_backup_schedule(&self, ref_: impl Into<String>) -> GetBackupSchedule {
        GetBackupSchedule {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets database metadata for the given project.
    ///
    /// This is an **experimental** endpoint. It is subject to change or removal in future versions.
    /// Use it with caution, as it may not remain supported or stable.
    ///
    /// `GET /v1/projects/{ref}/database/context` (operation `v1-get-database-metadata`)
    ///
    /// OAuth scope: `projects:read`.
    ///
    /// **Deprecated** in the API.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_database_metadata")]
    #[deprecated = "deprecated in the API"]
    pub fn get_database_metadata(&self, ref_: impl Into<String>) -> GetDatabaseMetadata {
        GetDatabaseMetadata {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Get PostgREST OpenAPI spec
    ///
    /// Returns the PostgREST OpenAPI specification for the project. This is the replacement for
    /// querying `/rest/v1/` directly with the anon key.
    ///
    /// `GET /v1/projects/{ref}/database/openapi` (operation `v1-get-database-openapi`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_database_openapi")]
    pub fn get_database_openapi(&self, ref_: impl Into<String>) -> GetDatabaseOpenapi {
        GetDatabaseOpenapi {
            ref_: ref_.into(),
            schema: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Get user-id to role mappings for JIT access
    ///
    /// Mappings of roles a user can assume in the project database
    ///
    /// `GET /v1/projects/{ref}/database/jit` (operation `v1-get-jit-access`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_jit_access")]
    pub fn get_jit_access(&self, ref_: impl Into<String>) -> GetJitAccess {
        GetJitAccess {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Get project's temporary access configuration.
    ///
    /// `GET /v1/projects/{ref}/jit-access` (operation `v1-get-jit-access-config`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_jit_access_config")]
    pub fn get_jit_access_config(&self, ref_: impl Into<String>) -> GetJitAccessConfig {
        GetJitAccessConfig {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets project's supavisor config
    ///
    /// `GET /v1/projects/{ref}/config/database/pooler` (operation `v1-get-pooler-config`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_pooler_config")]
    pub fn get_pooler_config(&self, ref_: impl Into<String>) -> GetPoolerConfig {
        GetPoolerConfig {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets project's Postgres config
    ///
    /// `GET /v1/projects/{ref}/config/database/postgres` (operation `v1-get-postgres-config`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_postgres_config")]
    pub fn get_postgres_config(&self, ref_: impl Into<String>) -> GetPostgresConfig {
        GetPostgresConfig {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Get project's pgbouncer config
    ///
    /// `GET /v1/projects/{ref}/config/database/pgbouncer` (operation
    /// `v1-get-project-pgbouncer-config`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_project_pgbouncer_config")]
    pub fn get_project_pgbouncer_config(
        &self,
        ref_: impl Into<String>,
    ) -> GetProjectPgbouncerConfig {
        GetProjectPgbouncerConfig {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Returns project's readonly mode status
    ///
    /// `GET /v1/projects/{ref}/readonly` (operation `v1-get-readonly-mode-status`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_readonly_mode_status")]
    pub fn get_readonly_mode_status(
        &self,
        ref_: impl Into<String>,
    ) -> GetReadonlyModeStatus {
        GetReadonlyModeStatus {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Get restore points for project
    ///
    /// `GET /v1/projects/{ref}/database/backups/restore-point` (operation `v1-get-restore-point`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// **Internal**: marked `x-internal` in the spec; it may change without notice.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_restore_point")]
    pub fn get_restore_point(&self, ref_: impl Into<String>) -> GetRestorePoint {
        GetRestorePoint {
            ref_: ref_.into(),
            name: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Get project's SSL enforcement configuration.
    ///
    /// `GET /v1/projects/{ref}/ssl-enforcement` (operation `v1-get-ssl-enforcement-config`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_ssl_enforcement_config")]
    pub fn get_ssl_enforcement_config(
        &self,
        ref_: impl Into<String>,
    ) -> GetSslEnforcementConfig {
        GetSslEnforcementConfig {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Lists all backups
    ///
    /// `GET /v1/projects/{ref}/database/backups` (operation `v1-list-all-backups`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_list_all_backups")]
    pub fn list_all_backups(&self, ref_: impl Into<String>) -> ListAllBackups {
        ListAllBackups {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Lists SQL snippets for the logged in user
    ///
    /// `GET /v1/snippets` (operation `v1-list-all-snippets`)
    ///
    /// OAuth scope: `database:read`.
    #[doc(alias = "v1_list_all_snippets")]
    pub fn list_all_snippets(&self) -> ListAllSnippets {
        ListAllSnippets {
            cursor: None,
            limit: None,
            project_ref: None,
            sort_by: None,
            sort_order: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// List all user-id to role mappings for JIT access
    ///
    /// Mappings of roles a user can assume in the project database
    ///
    /// `GET /v1/projects/{ref}/database/jit/list` (operation `v1-list-jit-access`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_list_jit_access")]
    pub fn list_jit_access(&self, ref_: impl Into<String>) -> ListJitAccess {
        ListJitAccess {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// List applied migration versions
    ///
    /// Only available to selected partner OAuth apps
    ///
    /// `GET /v1/projects/{ref}/database/migrations` (operation `v1-list-migration-history`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_list_migration_history")]
    pub fn list_migration_history(
        &self,
        ref_: impl Into<String>,
    ) -> ListMigrationHistory {
        ListMigrationHistory {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Patch an existing entry in migration history
    ///
    /// Only available to selected partner OAuth apps
    ///
    /// `PATCH /v1/projects/{ref}/database/migrations/{version}` (operation `v1-patch-a-migration`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_patch_a_migration")]
    pub fn patch_a_migration(
        &self,
        ref_: impl Into<String>,
        version: impl Into<String>,
        body: types::V1PatchMigrationBody,
    ) -> PatchAMigration {
        PatchAMigration {
            ref_: ref_.into(),
            version: version.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Run a sql query as supabase_read_only_user
    ///
    /// All entity references must be schema qualified.
    ///
    /// `POST /v1/projects/{ref}/database/query/read-only` (operation `v1-read-only-query`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_read_only_query")]
    pub fn read_only_query(
        &self,
        ref_: impl Into<String>,
        body: types::V1ReadOnlyQueryBody,
    ) -> ReadOnlyQuery {
        ReadOnlyQuery {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Remove a read replica
    ///
    /// `POST /v1/projects/{ref}/read-replicas/remove` (operation `v1-remove-a-read-replica`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_remove_a_read_replica")]
    pub fn remove_a_read_replica(
        &self,
        ref_: impl Into<String>,
        body: types::RemoveReadReplicaBody,
    ) -> RemoveAReadReplica {
        RemoveAReadReplica {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Restores a physical backup for a database
    ///
    /// `POST /v1/projects/{ref}/database/backups/restore` (operation `v1-restore-physical-backup`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// **Internal**: marked `x-internal` in the spec; it may change without notice.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_restore_physical_backup")]
    pub fn restore_physical_backup(
        &self,
        ref_: impl Into<String>,
        body: types::V1RestoreBackupBody,
    ) -> RestorePhysicalBackup {
        RestorePhysicalBackup {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Restores a PITR backup for a database
    ///
    /// `POST /v1/projects/{ref}/database/backups/restore-pitr` (operation `v1-restore-pitr-backup`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_restore_pitr_backup")]
    pub fn restore_pitr_backup(
        &self,
        ref_: impl Into<String>,
        body: types::V1RestorePitrBody,
    ) -> RestorePitrBackup {
        RestorePitrBackup {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Rollback database migrations and remove them from history table
    ///
    /// Only available to selected partner OAuth apps
    ///
    /// `DELETE /v1/projects/{ref}/database/migrations` (operation `v1-rollback-migrations`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    /// - `gte`: Rollback migrations greater or equal to this version
    #[doc(alias = "v1_rollback_migrations")]
    pub fn rollback_migrations(
        &self,
        ref_: impl Into<String>,
        gte: impl Into<String>,
    ) -> RollbackMigrations {
        RollbackMigrations {
            ref_: ref_.into(),
            gte: gte.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Run sql query
    ///
    /// `POST /v1/projects/{ref}/database/query` (operation `v1-run-a-query`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_run_a_query")]
    pub fn run_a_query(
        &self,
        ref_: impl Into<String>,
        body: types::V1RunQueryBody,
    ) -> RunAQuery {
        RunAQuery {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Set up a read replica
    ///
    /// `POST /v1/projects/{ref}/read-replicas/setup` (operation `v1-setup-a-read-replica`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_setup_a_read_replica")]
    pub fn setup_a_read_replica(
        &self,
        ref_: impl Into<String>,
        body: types::SetUpReadReplicaBody,
    ) -> SetupAReadReplica {
        SetupAReadReplica {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Initiates an undo to a given restore point
    ///
    /// `POST /v1/projects/{ref}/database/backups/undo` (operation `v1-undo`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// **Internal**: marked `x-internal` in the spec; it may change without notice.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_undo")]
    pub fn undo(&self, ref_: impl Into<String>, body: types::V1UndoBody) -> Undo {
        Undo {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Updates the backup schedule time for a project
    ///
    /// Sets the time at which the daily backup runs. The change takes effect on the next backup
    /// window that includes the new time. If the new time has already passed for today, the first
    /// backup at the new time will occur the following day. It can only be updated 3 times per 24
    /// hours.
    ///
    /// `PATCH /v1/projects/{ref}/database/backups/schedule` (operation `v1-update-backup-schedule`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_update_backup_schedule")]
    pub fn update_backup_schedule(
        &self,
        ref_: impl Into<String>,
        body: types::V1UpdateBackupScheduleBody,
    ) -> UpdateBackupSchedule {
        UpdateBackupSchedule {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Updates the database password
    ///
    /// `PATCH /v1/projects/{ref}/database/password` (operation `v1-update-database-password`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_update_database_password")]
    pub fn update_database_password(
        &self,
        ref_: impl Into<String>,
        body: types::V1UpdatePasswordBody,
    ) -> UpdateDatabasePassword {
        UpdateDatabasePassword {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Updates a user mapping for JIT access
    ///
    /// Modifies the roles that can be assumed and for how long
    ///
    /// `PUT /v1/projects/{ref}/database/jit` (operation `v1-update-jit-access`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_update_jit_access")]
    pub fn update_jit_access(
        &self,
        ref_: impl Into<String>,
        body: types::UpdateJitAccessBody,
    ) -> UpdateJitAccess {
        UpdateJitAccess {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Update project's temporary access configuration.
    ///
    /// `PUT /v1/projects/{ref}/jit-access` (operation `v1-update-jit-access-config`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_update_jit_access_config")]
    pub fn update_jit_access_config(
        &self,
        ref_: impl Into<String>,
        body: types::JitAccessRequestRequest,
    ) -> UpdateJitAccessConfig {
        UpdateJitAccessConfig {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Updates project's supavisor config
    ///
    /// `PATCH /v1/projects/{ref}/config/database/pooler` (operation `v1-update-pooler-config`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_update_pooler_config")]
    pub fn update_pooler_config(
        &self,
        ref_: impl Into<String>,
        body: types::UpdateSupavisorConfigBody,
    ) -> UpdatePoolerConfig {
        UpdatePoolerConfig {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Updates project's Postgres config
    ///
    /// `PUT /v1/projects/{ref}/config/database/postgres` (operation `v1-update-postgres-config`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_update_postgres_config")]
    pub fn update_postgres_config(
        &self,
        ref_: impl Into<String>,
        body: types::UpdatePostgresConfigBody,
    ) -> UpdatePostgresConfig {
        UpdatePostgresConfig {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Update project's SSL enforcement configuration.
    ///
    /// `PUT /v1/projects/{ref}/ssl-enforcement` (operation `v1-update-ssl-enforcement-config`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_update_ssl_enforcement_config")]
    pub fn update_ssl_enforcement_config(
        &self,
        ref_: impl Into<String>,
        body: types::SslEnforcementRequest,
    ) -> UpdateSslEnforcementConfig {
        UpdateSslEnforcementConfig {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Upsert a database migration without applying
    ///
    /// Only available to selected partner OAuth apps
    ///
    /// `PUT /v1/projects/{ref}/database/migrations` (operation `v1-upsert-a-migration`)
    ///
    /// OAuth scope: `database:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_upsert_a_migration")]
    pub fn upsert_a_migration(
        &self,
        ref_: impl Into<String>,
        body: types::V1UpsertMigrationBody,
    ) -> UpsertAMigration {
        UpsertAMigration {
            ref_: ref_.into(),
            idempotency_key: None,
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }
}

impl std::fmt::Debug for ApplyAMigration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApplyAMigration")
            .field("ref_", &self.ref_)
            .field("idempotency_key", &format_args!("[redacted]"))
            .field("body", &self.body)
            .field("call", &self.call)
            .finish()
    }
}

/// Request builder for [`Client::apply_a_migration`].
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ApplyAMigration {
    ref_: String,
    idempotency_key: Option<String>,
    body: types::V1CreateMigrationBody,
    call: crate::runtime::CallOptions,
}

impl ApplyAMigration {
    /// A unique key to ensure the same migration is tracked only once.
    pub fn idempotency_key(mut self, value: impl Into<String>) -> Self {
        self.idempotency_key = Some(value.into());
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-apply-a-migration",
            "POST",
            "/v1/projects/{ref}/database/migrations",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.idempotency_key {
            request.headers.push(("Idempotency-Key", value));
        }
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(ApplyAMigration, (), Unit);

/// Request builder for [`Client::authorize_jit_access`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct AuthorizeJitAccess {
    ref_: String,
    body: types::AuthorizeJitAccessBody,
    call: crate::runtime::CallOptions,
}

impl AuthorizeJitAccess {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-authorize-jit-access",
            "POST",
            "/v1/projects/{ref}/database/jit",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(AuthorizeJitAccess, types::JitAuthorizeAccessResponse, Json);

/// Request builder for [`Client::create_login_role`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateLoginRole {
    ref_: String,
    body: types::CreateRoleBody,
    call: crate::runtime::CallOptions,
}

impl CreateLoginRole {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-create-login-role",
            "POST",
            "/v1/projects/{ref}/cli/login-role",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(CreateLoginRole, types::CreateRoleResponse, Json);

/// Request builder for [`Client::create_restore_point`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateRestorePoint {
    ref_: String,
    body: types::V1RestorePointPostBody,
    call: crate::runtime::CallOptions,
}

impl CreateRestorePoint {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-create-restore-point",
            "POST",
            "/v1/projects/{ref}/database/backups/restore-point",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(CreateRestorePoint, types::V1RestorePointResponse, Json);

/// Request builder for [`Client::delete_jit_access`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteJitAccess {
    ref_: String,
    user_id: crate::runtime::uuid::Uuid,
    call: crate::runtime::CallOptions,
}

impl DeleteJitAccess {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-delete-jit-access",
            "DELETE",
            "/v1/projects/{ref}/database/jit/{user_id}",
        );
        let segment_0 = {
            let value = self.user_id;
            value.to_string()
        };
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &segment_0],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(DeleteJitAccess, (), Unit);

/// Request builder for [`Client::delete_login_roles`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteLoginRoles {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl DeleteLoginRoles {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-delete-login-roles",
            "DELETE",
            "/v1/projects/{ref}/cli/login-role",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(DeleteLoginRoles, types::DeleteRolesResponse, Json);

/// Request builder for [`Client::disable_readonly_mode_temporarily`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DisableReadonlyModeTemporarily {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl DisableReadonlyModeTemporarily {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-disable-readonly-mode-temporarily",
            "POST",
            "/v1/projects/{ref}/readonly/temporary-disable",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(DisableReadonlyModeTemporarily, (), Unit);

/// Request builder for [`Client::enable_database_webhook`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct EnableDatabaseWebhook {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl EnableDatabaseWebhook {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-enable-database-webhook",
            "POST",
            "/v1/projects/{ref}/database/webhooks/enable",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(EnableDatabaseWebhook, (), Unit);

/// Request builder for [`Client::generate_typescript_types`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GenerateTypescriptTypes {
    ref_: String,
    included_schemas: Option<String>,
    call: crate::runtime::CallOptions,
}

impl GenerateTypescriptTypes {
    /// Defaults to `"public"` on the server.
    pub fn included_schemas(mut self, value: impl Into<String>) -> Self {
        self.included_schemas = Some(value.into());
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-generate-typescript-types",
            "GET",
            "/v1/projects/{ref}/types/typescript",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.included_schemas {
            request.query.push(("included_schemas", value));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(GenerateTypescriptTypes, types::TypescriptResponse, Json);

/// Request builder for [`Client::get_a_migration`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetAMigration {
    ref_: String,
    version: String,
    call: crate::runtime::CallOptions,
}

impl GetAMigration {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-a-migration",
            "GET",
            "/v1/projects/{ref}/database/migrations/{version}",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &self.version],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetAMigration, types::V1GetMigrationResponse, Json);

/// Request builder for [`Client::get_a_snippet`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetASnippet {
    id: crate::runtime::uuid::Uuid,
    call: crate::runtime::CallOptions,
}

impl GetASnippet {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-a-snippet",
            "GET",
            "/v1/snippets/{id}",
        );
        let segment_0 = {
            let value = self.id;
            value.to_string()
        };
        let path = crate::runtime::expand_path(OPERATION.path, &[&segment_0]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetASnippet, types::SnippetResponse, Json);

/// Request builder for [`Client::get_backup_schedule`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetBackupSchedule {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetBackupSchedule {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-backup-schedule",
            "GET",
            "/v1/projects/{ref}/database/backups/schedule",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetBackupSchedule, types::V1BackupScheduleResponse, Json);

/// Request builder for [`Client::get_database_metadata`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetDatabaseMetadata {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetDatabaseMetadata {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-database-metadata",
            "GET",
            "/v1/projects/{ref}/database/context",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetDatabaseMetadata, types::GetProjectDbMetadataResponse, Json);

/// Request builder for [`Client::get_database_openapi`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetDatabaseOpenapi {
    ref_: String,
    schema: Option<String>,
    call: crate::runtime::CallOptions,
}

impl GetDatabaseOpenapi {
    /// The database schema to generate the OpenAPI spec for
    ///
    /// Defaults to `"public"` on the server.
    pub fn schema(mut self, value: impl Into<String>) -> Self {
        self.schema = Some(value.into());
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-database-openapi",
            "GET",
            "/v1/projects/{ref}/database/openapi",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.schema {
            request.query.push(("schema", value));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(
    GetDatabaseOpenapi, std::collections::BTreeMap < String, serde_json::Value >, Json
);

/// Request builder for [`Client::get_jit_access`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetJitAccess {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetJitAccess {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-jit-access",
            "GET",
            "/v1/projects/{ref}/database/jit",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetJitAccess, types::JitAccessResponse, Json);

/// Request builder for [`Client::get_jit_access_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetJitAccessConfig {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetJitAccessConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-jit-access-config",
            "GET",
            "/v1/projects/{ref}/jit-access",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetJitAccessConfig, types::JitStateResponse, Json);

/// Request builder for [`Client::get_pooler_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetPoolerConfig {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetPoolerConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-pooler-config",
            "GET",
            "/v1/projects/{ref}/config/database/pooler",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetPoolerConfig, Vec < types::SupavisorConfigResponse >, Json);

/// Request builder for [`Client::get_postgres_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetPostgresConfig {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetPostgresConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-postgres-config",
            "GET",
            "/v1/projects/{ref}/config/database/postgres",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetPostgresConfig, types::PostgresConfigResponse, Json);

/// Request builder for [`Client::get_project_pgbouncer_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectPgbouncerConfig {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetProjectPgbouncerConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-project-pgbouncer-config",
            "GET",
            "/v1/projects/{ref}/config/database/pgbouncer",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetProjectPgbouncerConfig, types::V1PgbouncerConfigResponse, Json);

/// Request builder for [`Client::get_readonly_mode_status`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetReadonlyModeStatus {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetReadonlyModeStatus {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-readonly-mode-status",
            "GET",
            "/v1/projects/{ref}/readonly",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetReadonlyModeStatus, types::ReadOnlyStatusResponse, Json);

/// Request builder for [`Client::get_restore_point`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetRestorePoint {
    ref_: String,
    name: Option<String>,
    call: crate::runtime::CallOptions,
}

#[allow(missing_docs)]
impl GetRestorePoint {
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-restore-point",
            "GET",
            "/v1/projects/{ref}/database/backups/restore-point",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.name {
            request.query.push(("name", value));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(GetRestorePoint, types::V1RestorePointResponse, Json);

/// Request builder for [`Client::get_ssl_enforcement_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetSslEnforcementConfig {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetSslEnforcementConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-ssl-enforcement-config",
            "GET",
            "/v1/projects/{ref}/ssl-enforcement",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetSslEnforcementConfig, types::SslEnforcementResponse, Json);

/// Request builder for [`Client::list_all_backups`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllBackups {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl ListAllBackups {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-all-backups",
            "GET",
            "/v1/projects/{ref}/database/backups",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(ListAllBackups, types::V1BackupsResponse, Json);

/// Request builder for [`Client::list_all_snippets`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllSnippets {
    cursor: Option<String>,
    limit: Option<String>,
    project_ref: Option<String>,
    sort_by: Option<types::ListAllSnippetsSortBy>,
    sort_order: Option<types::ListAllSnippetsSortOrder>,
    call: crate::runtime::CallOptions,
}

#[allow(missing_docs)]
impl ListAllSnippets {
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
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-all-snippets",
            "GET",
            "/v1/snippets",
        );
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
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(ListAllSnippets, types::SnippetList, Json);

/// Request builder for [`Client::list_jit_access`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListJitAccess {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl ListJitAccess {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-jit-access",
            "GET",
            "/v1/projects/{ref}/database/jit/list",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(ListJitAccess, types::JitListAccessResponse, Json);

/// Request builder for [`Client::list_migration_history`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListMigrationHistory {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl ListMigrationHistory {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-migration-history",
            "GET",
            "/v1/projects/{ref}/database/migrations",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(ListMigrationHistory, types::V1ListMigrationsResponse, Json);

/// Request builder for [`Client::patch_a_migration`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct PatchAMigration {
    ref_: String,
    version: String,
    body: types::V1PatchMigrationBody,
    call: crate::runtime::CallOptions,
}

impl PatchAMigration {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-patch-a-migration",
            "PATCH",
            "/v1/projects/{ref}/database/migrations/{version}",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &self.version],
        );
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(PatchAMigration, (), Unit);

/// Request builder for [`Client::read_only_query`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ReadOnlyQuery {
    ref_: String,
    body: types::V1ReadOnlyQueryBody,
    call: crate::runtime::CallOptions,
}

impl ReadOnlyQuery {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-read-only-query",
            "POST",
            "/v1/projects/{ref}/database/query/read-only",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(ReadOnlyQuery, (), Unit);

/// Request builder for [`Client::remove_a_read_replica`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RemoveAReadReplica {
    ref_: String,
    body: types::RemoveReadReplicaBody,
    call: crate::runtime::CallOptions,
}

impl RemoveAReadReplica {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-remove-a-read-replica",
            "POST",
            "/v1/projects/{ref}/read-replicas/remove",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(RemoveAReadReplica, (), Unit);

/// Request builder for [`Client::restore_physical_backup`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RestorePhysicalBackup {
    ref_: String,
    body: types::V1RestoreBackupBody,
    call: crate::runtime::CallOptions,
}

impl RestorePhysicalBackup {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-restore-physical-backup",
            "POST",
            "/v1/projects/{ref}/database/backups/restore",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(RestorePhysicalBackup, (), Unit);

/// Request builder for [`Client::restore_pitr_backup`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RestorePitrBackup {
    ref_: String,
    body: types::V1RestorePitrBody,
    call: crate::runtime::CallOptions,
}

impl RestorePitrBackup {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-restore-pitr-backup",
            "POST",
            "/v1/projects/{ref}/database/backups/restore-pitr",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(RestorePitrBackup, (), Unit);

/// Request builder for [`Client::rollback_migrations`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RollbackMigrations {
    ref_: String,
    gte: String,
    call: crate::runtime::CallOptions,
}

impl RollbackMigrations {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-rollback-migrations",
            "DELETE",
            "/v1/projects/{ref}/database/migrations",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.gte;
        request.query.push(("gte", value));
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(RollbackMigrations, (), Unit);

/// Request builder for [`Client::run_a_query`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RunAQuery {
    ref_: String,
    body: types::V1RunQueryBody,
    call: crate::runtime::CallOptions,
}

impl RunAQuery {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-run-a-query",
            "POST",
            "/v1/projects/{ref}/database/query",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(
    RunAQuery, Vec < std::collections::BTreeMap < String, serde_json::Value >>, Json
);

/// Request builder for [`Client::setup_a_read_replica`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct SetupAReadReplica {
    ref_: String,
    body: types::SetUpReadReplicaBody,
    call: crate::runtime::CallOptions,
}

impl SetupAReadReplica {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-setup-a-read-replica",
            "POST",
            "/v1/projects/{ref}/read-replicas/setup",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(SetupAReadReplica, (), Unit);

/// Request builder for [`Client::undo`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct Undo {
    ref_: String,
    body: types::V1UndoBody,
    call: crate::runtime::CallOptions,
}

impl Undo {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-undo",
            "POST",
            "/v1/projects/{ref}/database/backups/undo",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(Undo, (), Unit);

/// Request builder for [`Client::update_backup_schedule`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateBackupSchedule {
    ref_: String,
    body: types::V1UpdateBackupScheduleBody,
    call: crate::runtime::CallOptions,
}

impl UpdateBackupSchedule {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-backup-schedule",
            "PATCH",
            "/v1/projects/{ref}/database/backups/schedule",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateBackupSchedule, types::V1BackupScheduleResponse, Json);

/// Request builder for [`Client::update_database_password`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateDatabasePassword {
    ref_: String,
    body: types::V1UpdatePasswordBody,
    call: crate::runtime::CallOptions,
}

impl UpdateDatabasePassword {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-database-password",
            "PATCH",
            "/v1/projects/{ref}/database/password",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateDatabasePassword, types::V1UpdatePasswordResponse, Json);

/// Request builder for [`Client::update_jit_access`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateJitAccess {
    ref_: String,
    body: types::UpdateJitAccessBody,
    call: crate::runtime::CallOptions,
}

impl UpdateJitAccess {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-jit-access",
            "PUT",
            "/v1/projects/{ref}/database/jit",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateJitAccess, types::JitAccessResponse, Json);

/// Request builder for [`Client::update_jit_access_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateJitAccessConfig {
    ref_: String,
    body: types::JitAccessRequestRequest,
    call: crate::runtime::CallOptions,
}

impl UpdateJitAccessConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-jit-access-config",
            "PUT",
            "/v1/projects/{ref}/jit-access",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateJitAccessConfig, types::JitStateResponse, Json);

/// Request builder for [`Client::update_pooler_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdatePoolerConfig {
    ref_: String,
    body: types::UpdateSupavisorConfigBody,
    call: crate::runtime::CallOptions,
}

impl UpdatePoolerConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-pooler-config",
            "PATCH",
            "/v1/projects/{ref}/config/database/pooler",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdatePoolerConfig, types::UpdateSupavisorConfigResponse, Json);

/// Request builder for [`Client::update_postgres_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdatePostgresConfig {
    ref_: String,
    body: types::UpdatePostgresConfigBody,
    call: crate::runtime::CallOptions,
}

impl UpdatePostgresConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-postgres-config",
            "PUT",
            "/v1/projects/{ref}/config/database/postgres",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdatePostgresConfig, types::PostgresConfigResponse, Json);

/// Request builder for [`Client::update_ssl_enforcement_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateSslEnforcementConfig {
    ref_: String,
    body: types::SslEnforcementRequest,
    call: crate::runtime::CallOptions,
}

impl UpdateSslEnforcementConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-ssl-enforcement-config",
            "PUT",
            "/v1/projects/{ref}/ssl-enforcement",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateSslEnforcementConfig, types::SslEnforcementResponse, Json);

impl std::fmt::Debug for UpsertAMigration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpsertAMigration")
            .field("ref_", &self.ref_)
            .field("idempotency_key", &format_args!("[redacted]"))
            .field("body", &self.body)
            .field("call", &self.call)
            .finish()
    }
}

/// Request builder for [`Client::upsert_a_migration`].
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpsertAMigration {
    ref_: String,
    idempotency_key: Option<String>,
    body: types::V1UpsertMigrationBody,
    call: crate::runtime::CallOptions,
}

impl UpsertAMigration {
    /// A unique key to ensure the same migration is tracked only once.
    pub fn idempotency_key(mut self, value: impl Into<String>) -> Self {
        self.idempotency_key = Some(value.into());
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-upsert-a-migration",
            "PUT",
            "/v1/projects/{ref}/database/migrations",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.idempotency_key {
            request.headers.push(("Idempotency-Key", value));
        }
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpsertAMigration, (), Unit);
