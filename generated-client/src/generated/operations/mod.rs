//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Request builders, by tag. The methods that create them are on `Client`.
//!
//! # Routes
//!
//! Every route, the `Client` method that calls it and its `operationId`:
//!
//! - `DELETE /v1/branches/{branch_id_or_ref}`: [`delete_a_branch`](super::Client::delete_a_branch),
//!   `v1-delete-a-branch`
//! - `GET /v1/branches/{branch_id_or_ref}`:
//!   [`get_a_branch_config`](super::Client::get_a_branch_config), `v1-get-a-branch-config`
//! - `PATCH /v1/branches/{branch_id_or_ref}`:
//!   [`update_a_branch_config`](super::Client::update_a_branch_config), `v1-update-a-branch-config`
//! - `GET /v1/branches/{branch_id_or_ref}/diff`: [`diff_a_branch`](super::Client::diff_a_branch),
//!   `v1-diff-a-branch`
//! - `POST /v1/branches/{branch_id_or_ref}/merge`:
//!   [`merge_a_branch`](super::Client::merge_a_branch), `v1-merge-a-branch`
//! - `POST /v1/branches/{branch_id_or_ref}/push`: [`push_a_branch`](super::Client::push_a_branch),
//!   `v1-push-a-branch`
//! - `POST /v1/branches/{branch_id_or_ref}/reset`:
//!   [`reset_a_branch`](super::Client::reset_a_branch), `v1-reset-a-branch`
//! - `POST /v1/branches/{branch_id_or_ref}/restore`:
//!   [`restore_a_branch`](super::Client::restore_a_branch), `v1-restore-a-branch`
//! - `GET /v1/oauth/authorize`: [`authorize_user`](super::Client::authorize_user),
//!   `v1-authorize-user`
//! - `GET /v1/oauth/authorize/project-claim`:
//!   [`oauth_authorize_project_claim`](super::Client::oauth_authorize_project_claim),
//!   `v1-oauth-authorize-project-claim`
//! - `POST /v1/oauth/revoke`: [`revoke_token`](super::Client::revoke_token), `v1-revoke-token`
//! - `POST /v1/oauth/token`: [`exchange_oauth_token`](super::Client::exchange_oauth_token),
//!   `v1-exchange-oauth-token`
//! - `GET /v1/organizations`: [`list_all_organizations`](super::Client::list_all_organizations),
//!   `v1-list-all-organizations`
//! - `POST /v1/organizations`: [`create_an_organization`](super::Client::create_an_organization),
//!   `v1-create-an-organization`
//! - `GET /v1/organizations/{slug}`: [`get_an_organization`](super::Client::get_an_organization),
//!   `v1-get-an-organization`
//! - `GET /v1/organizations/{slug}/entitlements`:
//!   [`get_organization_entitlements`](super::Client::get_organization_entitlements),
//!   `v1-get-organization-entitlements`
//! - `GET /v1/organizations/{slug}/members`:
//!   [`list_organization_members`](super::Client::list_organization_members),
//!   `v1-list-organization-members`
//! - `GET /v1/organizations/{slug}/project-claim/{token}`:
//!   [`get_organization_project_claim`](super::Client::get_organization_project_claim),
//!   `v1-get-organization-project-claim`
//! - `POST /v1/organizations/{slug}/project-claim/{token}`:
//!   [`claim_project_for_organization`](super::Client::claim_project_for_organization),
//!   `v1-claim-project-for-organization`
//! - `GET /v1/organizations/{slug}/projects`:
//!   [`get_all_projects_for_organization`](super::Client::get_all_projects_for_organization),
//!   `v1-get-all-projects-for-organization`
//! - `GET /v1/profile`: [`get_profile`](super::Client::get_profile), `v1-get-profile`
//! - `GET /v1/projects`: [`list_all_projects`](super::Client::list_all_projects),
//!   `v1-list-all-projects`
//! - `POST /v1/projects`: [`create_a_project`](super::Client::create_a_project),
//!   `v1-create-a-project`
//! - `GET /v1/projects/available-regions`:
//!   [`get_available_regions`](super::Client::get_available_regions), `v1-get-available-regions`
//! - `DELETE /v1/projects/{ref}`: [`delete_a_project`](super::Client::delete_a_project),
//!   `v1-delete-a-project`
//! - `GET /v1/projects/{ref}`: [`get_project`](super::Client::get_project), `v1-get-project`
//! - `PATCH /v1/projects/{ref}`: [`update_a_project`](super::Client::update_a_project),
//!   `v1-update-a-project`
//! - `GET /v1/projects/{ref}/actions`: [`list_action_runs`](super::Client::list_action_runs),
//!   `v1-list-action-runs`
//! - `HEAD /v1/projects/{ref}/actions`: [`count_action_runs`](super::Client::count_action_runs),
//!   `v1-count-action-runs`
//! - `GET /v1/projects/{ref}/actions/{run_id}`: [`get_action_run`](super::Client::get_action_run),
//!   `v1-get-action-run`
//! - `GET /v1/projects/{ref}/actions/{run_id}/logs`:
//!   [`get_action_run_logs`](super::Client::get_action_run_logs), `v1-get-action-run-logs`
//! - `PATCH /v1/projects/{ref}/actions/{run_id}/status`:
//!   [`update_action_run_status`](super::Client::update_action_run_status),
//!   `v1-update-action-run-status`
//! - `GET /v1/projects/{ref}/advisors/performance`:
//!   [`get_performance_advisors`](super::Client::get_performance_advisors),
//!   `v1-get-performance-advisors`
//! - `GET /v1/projects/{ref}/advisors/security`:
//!   [`get_security_advisors`](super::Client::get_security_advisors), `v1-get-security-advisors`
//! - `GET /v1/projects/{ref}/analytics/endpoints/functions.combined-stats`:
//!   [`get_project_function_combined_stats`](super::Client::get_project_function_combined_stats),
//!   `v1-get-project-function-combined-stats`
//! - `GET /v1/projects/{ref}/analytics/endpoints/logs.all`:
//!   [`get_project_logs`](super::Client::get_project_logs), `v1-get-project-logs`
//! - `GET /v1/projects/{ref}/analytics/endpoints/usage.api-counts`:
//!   [`get_project_usage_api_count`](super::Client::get_project_usage_api_count),
//!   `v1-get-project-usage-api-count`
//! - `GET /v1/projects/{ref}/analytics/endpoints/usage.api-requests-count`:
//!   [`get_project_usage_request_count`](super::Client::get_project_usage_request_count),
//!   `v1-get-project-usage-request-count`
//! - `GET /v1/projects/{ref}/api-keys`:
//!   [`get_project_api_keys`](super::Client::get_project_api_keys), `v1-get-project-api-keys`
//! - `POST /v1/projects/{ref}/api-keys`:
//!   [`create_project_api_key`](super::Client::create_project_api_key), `v1-create-project-api-key`
//! - `GET /v1/projects/{ref}/api-keys/legacy`:
//!   [`get_project_legacy_api_keys`](super::Client::get_project_legacy_api_keys),
//!   `v1-get-project-legacy-api-keys`
//! - `PUT /v1/projects/{ref}/api-keys/legacy`:
//!   [`update_project_legacy_api_keys`](super::Client::update_project_legacy_api_keys),
//!   `v1-update-project-legacy-api-keys`
//! - `DELETE /v1/projects/{ref}/api-keys/{id}`:
//!   [`delete_project_api_key`](super::Client::delete_project_api_key), `v1-delete-project-api-key`
//! - `GET /v1/projects/{ref}/api-keys/{id}`:
//!   [`get_project_api_key`](super::Client::get_project_api_key), `v1-get-project-api-key`
//! - `PATCH /v1/projects/{ref}/api-keys/{id}`:
//!   [`update_project_api_key`](super::Client::update_project_api_key), `v1-update-project-api-key`
//! - `GET /v1/projects/{ref}/billing/addons`:
//!   [`list_project_addons`](super::Client::list_project_addons), `v1-list-project-addons`
//! - `PATCH /v1/projects/{ref}/billing/addons`:
//!   [`apply_project_addon`](super::Client::apply_project_addon), `v1-apply-project-addon`
//! - `DELETE /v1/projects/{ref}/billing/addons/{addon_variant}`:
//!   [`remove_project_addon`](super::Client::remove_project_addon), `v1-remove-project-addon`
//! - `DELETE /v1/projects/{ref}/branches`:
//!   [`disable_preview_branching`](super::Client::disable_preview_branching),
//!   `v1-disable-preview-branching`
//! - `GET /v1/projects/{ref}/branches`: [`list_all_branches`](super::Client::list_all_branches),
//!   `v1-list-all-branches`
//! - `POST /v1/projects/{ref}/branches`: [`create_a_branch`](super::Client::create_a_branch),
//!   `v1-create-a-branch`
//! - `GET /v1/projects/{ref}/branches/{name}`: [`get_a_branch`](super::Client::get_a_branch),
//!   `v1-get-a-branch`
//! - `DELETE /v1/projects/{ref}/claim-token`:
//!   [`delete_project_claim_token`](super::Client::delete_project_claim_token),
//!   `v1-delete-project-claim-token`
//! - `GET /v1/projects/{ref}/claim-token`:
//!   [`get_project_claim_token`](super::Client::get_project_claim_token),
//!   `v1-get-project-claim-token`
//! - `POST /v1/projects/{ref}/claim-token`:
//!   [`create_project_claim_token`](super::Client::create_project_claim_token),
//!   `v1-create-project-claim-token`
//! - `DELETE /v1/projects/{ref}/cli/login-role`:
//!   [`delete_login_roles`](super::Client::delete_login_roles), `v1-delete-login-roles`
//! - `POST /v1/projects/{ref}/cli/login-role`:
//!   [`create_login_role`](super::Client::create_login_role), `v1-create-login-role`
//! - `GET /v1/projects/{ref}/config/auth`:
//!   [`get_auth_service_config`](super::Client::get_auth_service_config),
//!   `v1-get-auth-service-config`
//! - `PATCH /v1/projects/{ref}/config/auth`:
//!   [`update_auth_service_config`](super::Client::update_auth_service_config),
//!   `v1-update-auth-service-config`
//! - `GET /v1/projects/{ref}/config/auth/signing-keys`:
//!   [`get_project_signing_keys`](super::Client::get_project_signing_keys),
//!   `v1-get-project-signing-keys`
//! - `POST /v1/projects/{ref}/config/auth/signing-keys`:
//!   [`create_project_signing_key`](super::Client::create_project_signing_key),
//!   `v1-create-project-signing-key`
//! - `GET /v1/projects/{ref}/config/auth/signing-keys/legacy`:
//!   [`get_legacy_signing_key`](super::Client::get_legacy_signing_key), `v1-get-legacy-signing-key`
//! - `POST /v1/projects/{ref}/config/auth/signing-keys/legacy`:
//!   [`create_legacy_signing_key`](super::Client::create_legacy_signing_key),
//!   `v1-create-legacy-signing-key`
//! - `DELETE /v1/projects/{ref}/config/auth/signing-keys/{id}`:
//!   [`remove_project_signing_key`](super::Client::remove_project_signing_key),
//!   `v1-remove-project-signing-key`
//! - `GET /v1/projects/{ref}/config/auth/signing-keys/{id}`:
//!   [`get_project_signing_key`](super::Client::get_project_signing_key),
//!   `v1-get-project-signing-key`
//! - `PATCH /v1/projects/{ref}/config/auth/signing-keys/{id}`:
//!   [`update_project_signing_key`](super::Client::update_project_signing_key),
//!   `v1-update-project-signing-key`
//! - `GET /v1/projects/{ref}/config/auth/sso/providers`:
//!   [`list_all_sso_provider`](super::Client::list_all_sso_provider), `v1-list-all-sso-provider`
//! - `POST /v1/projects/{ref}/config/auth/sso/providers`:
//!   [`create_a_sso_provider`](super::Client::create_a_sso_provider), `v1-create-a-sso-provider`
//! - `DELETE /v1/projects/{ref}/config/auth/sso/providers/{provider_id}`:
//!   [`delete_a_sso_provider`](super::Client::delete_a_sso_provider), `v1-delete-a-sso-provider`
//! - `GET /v1/projects/{ref}/config/auth/sso/providers/{provider_id}`:
//!   [`get_a_sso_provider`](super::Client::get_a_sso_provider), `v1-get-a-sso-provider`
//! - `PUT /v1/projects/{ref}/config/auth/sso/providers/{provider_id}`:
//!   [`update_a_sso_provider`](super::Client::update_a_sso_provider), `v1-update-a-sso-provider`
//! - `GET /v1/projects/{ref}/config/auth/third-party-auth`:
//!   [`list_project_tpa_integrations`](super::Client::list_project_tpa_integrations),
//!   `v1-list-project-tpa-integrations`
//! - `POST /v1/projects/{ref}/config/auth/third-party-auth`:
//!   [`create_project_tpa_integration`](super::Client::create_project_tpa_integration),
//!   `v1-create-project-tpa-integration`
//! - `DELETE /v1/projects/{ref}/config/auth/third-party-auth/{tpa_id}`:
//!   [`delete_project_tpa_integration`](super::Client::delete_project_tpa_integration),
//!   `v1-delete-project-tpa-integration`
//! - `GET /v1/projects/{ref}/config/auth/third-party-auth/{tpa_id}`:
//!   [`get_project_tpa_integration`](super::Client::get_project_tpa_integration),
//!   `v1-get-project-tpa-integration`
//! - `GET /v1/projects/{ref}/config/database/pgbouncer`:
//!   [`get_project_pgbouncer_config`](super::Client::get_project_pgbouncer_config),
//!   `v1-get-project-pgbouncer-config`
//! - `GET /v1/projects/{ref}/config/database/pooler`:
//!   [`get_pooler_config`](super::Client::get_pooler_config), `v1-get-pooler-config`
//! - `PATCH /v1/projects/{ref}/config/database/pooler`:
//!   [`update_pooler_config`](super::Client::update_pooler_config), `v1-update-pooler-config`
//! - `GET /v1/projects/{ref}/config/database/postgres`:
//!   [`get_postgres_config`](super::Client::get_postgres_config), `v1-get-postgres-config`
//! - `PUT /v1/projects/{ref}/config/database/postgres`:
//!   [`update_postgres_config`](super::Client::update_postgres_config), `v1-update-postgres-config`
//! - `GET /v1/projects/{ref}/config/disk`: [`get_database_disk`](super::Client::get_database_disk),
//!   `v1-get-database-disk`
//! - `POST /v1/projects/{ref}/config/disk`:
//!   [`modify_database_disk`](super::Client::modify_database_disk), `v1-modify-database-disk`
//! - `GET /v1/projects/{ref}/config/disk/autoscale`:
//!   [`get_project_disk_autoscale_config`](super::Client::get_project_disk_autoscale_config),
//!   `v1-get-project-disk-autoscale-config`
//! - `GET /v1/projects/{ref}/config/disk/util`:
//!   [`get_disk_utilization`](super::Client::get_disk_utilization), `v1-get-disk-utilization`
//! - `GET /v1/projects/{ref}/config/realtime`:
//!   [`get_realtime_config`](super::Client::get_realtime_config), `v1-get-realtime-config`
//! - `PATCH /v1/projects/{ref}/config/realtime`:
//!   [`update_realtime_config`](super::Client::update_realtime_config), `v1-update-realtime-config`
//! - `POST /v1/projects/{ref}/config/realtime/shutdown`:
//!   [`shutdown_realtime`](super::Client::shutdown_realtime), `v1-shutdown-realtime`
//! - `GET /v1/projects/{ref}/config/storage`:
//!   [`get_storage_config`](super::Client::get_storage_config), `v1-get-storage-config`
//! - `PATCH /v1/projects/{ref}/config/storage`:
//!   [`update_storage_config`](super::Client::update_storage_config), `v1-update-storage-config`
//! - `DELETE /v1/projects/{ref}/custom-hostname`:
//!   [`delete_hostname_config`](super::Client::delete_hostname_config), `v1-Delete hostname config`
//! - `GET /v1/projects/{ref}/custom-hostname`:
//!   [`get_hostname_config`](super::Client::get_hostname_config), `v1-get-hostname-config`
//! - `POST /v1/projects/{ref}/custom-hostname/activate`:
//!   [`activate_custom_hostname`](super::Client::activate_custom_hostname),
//!   `v1-activate-custom-hostname`
//! - `POST /v1/projects/{ref}/custom-hostname/initialize`:
//!   [`update_hostname_config`](super::Client::update_hostname_config), `v1-update-hostname-config`
//! - `POST /v1/projects/{ref}/custom-hostname/reverify`:
//!   [`verify_dns_config`](super::Client::verify_dns_config), `v1-verify-dns-config`
//! - `GET /v1/projects/{ref}/database/backups`:
//!   [`list_all_backups`](super::Client::list_all_backups), `v1-list-all-backups`
//! - `POST /v1/projects/{ref}/database/backups/restore`:
//!   [`restore_physical_backup`](super::Client::restore_physical_backup),
//!   `v1-restore-physical-backup`
//! - `POST /v1/projects/{ref}/database/backups/restore-pitr`:
//!   [`restore_pitr_backup`](super::Client::restore_pitr_backup), `v1-restore-pitr-backup`
//! - `GET /v1/projects/{ref}/database/backups/restore-point`:
//!   [`get_restore_point`](super::Client::get_restore_point), `v1-get-restore-point`
//! - `POST /v1/projects/{ref}/database/backups/restore-point`:
//!   [`create_restore_point`](super::Client::create_restore_point), `v1-create-restore-point`
//! - `GET /v1/projects/{ref}/database/backups/schedule`:
//!   [`get_backup_schedule`](super::Client::get_backup_schedule), `v1-get-backup-schedule`
//! - `PATCH /v1/projects/{ref}/database/backups/schedule`:
//!   [`update_backup_schedule`](super::Client::update_backup_schedule), `v1-update-backup-schedule`
//! - `POST /v1/projects/{ref}/database/backups/undo`: [`undo`](super::Client::undo), `v1-undo`
//! - `GET /v1/projects/{ref}/database/context`:
//!   [`get_database_metadata`](super::Client::get_database_metadata), `v1-get-database-metadata`
//! - `GET /v1/projects/{ref}/database/jit`: [`get_jit_access`](super::Client::get_jit_access),
//!   `v1-get-jit-access`
//! - `POST /v1/projects/{ref}/database/jit`:
//!   [`authorize_jit_access`](super::Client::authorize_jit_access), `v1-authorize-jit-access`
//! - `PUT /v1/projects/{ref}/database/jit`:
//!   [`update_jit_access`](super::Client::update_jit_access), `v1-update-jit-access`
//! - `GET /v1/projects/{ref}/database/jit/list`:
//!   [`list_jit_access`](super::Client::list_jit_access), `v1-list-jit-access`
//! - `DELETE /v1/projects/{ref}/database/jit/{user_id}`:
//!   [`delete_jit_access`](super::Client::delete_jit_access), `v1-delete-jit-access`
//! - `DELETE /v1/projects/{ref}/database/migrations`:
//!   [`rollback_migrations`](super::Client::rollback_migrations), `v1-rollback-migrations`
//! - `GET /v1/projects/{ref}/database/migrations`:
//!   [`list_migration_history`](super::Client::list_migration_history), `v1-list-migration-history`
//! - `POST /v1/projects/{ref}/database/migrations`:
//!   [`apply_a_migration`](super::Client::apply_a_migration), `v1-apply-a-migration`
//! - `PUT /v1/projects/{ref}/database/migrations`:
//!   [`upsert_a_migration`](super::Client::upsert_a_migration), `v1-upsert-a-migration`
//! - `GET /v1/projects/{ref}/database/migrations/{version}`:
//!   [`get_a_migration`](super::Client::get_a_migration), `v1-get-a-migration`
//! - `PATCH /v1/projects/{ref}/database/migrations/{version}`:
//!   [`patch_a_migration`](super::Client::patch_a_migration), `v1-patch-a-migration`
//! - `GET /v1/projects/{ref}/database/openapi`:
//!   [`get_database_openapi`](super::Client::get_database_openapi), `v1-get-database-openapi`
//! - `PATCH /v1/projects/{ref}/database/password`:
//!   [`update_database_password`](super::Client::update_database_password),
//!   `v1-update-database-password`
//! - `POST /v1/projects/{ref}/database/query`: [`run_a_query`](super::Client::run_a_query),
//!   `v1-run-a-query`
//! - `POST /v1/projects/{ref}/database/query/read-only`:
//!   [`read_only_query`](super::Client::read_only_query), `v1-read-only-query`
//! - `POST /v1/projects/{ref}/database/webhooks/enable`:
//!   [`enable_database_webhook`](super::Client::enable_database_webhook),
//!   `v1-enable-database-webhook`
//! - `GET /v1/projects/{ref}/functions`: [`list_all_functions`](super::Client::list_all_functions),
//!   `v1-list-all-functions`
//! - `POST /v1/projects/{ref}/functions`: [`create_a_function`](super::Client::create_a_function),
//!   `v1-create-a-function`
//! - `PUT /v1/projects/{ref}/functions`:
//!   [`bulk_update_functions`](super::Client::bulk_update_functions), `v1-bulk-update-functions`
//! - `POST /v1/projects/{ref}/functions/deploy`:
//!   [`deploy_a_function`](super::Client::deploy_a_function), `v1-deploy-a-function`
//! - `DELETE /v1/projects/{ref}/functions/{function_slug}`:
//!   [`delete_a_function`](super::Client::delete_a_function), `v1-delete-a-function`
//! - `GET /v1/projects/{ref}/functions/{function_slug}`:
//!   [`get_a_function`](super::Client::get_a_function), `v1-get-a-function`
//! - `PATCH /v1/projects/{ref}/functions/{function_slug}`:
//!   [`update_a_function`](super::Client::update_a_function), `v1-update-a-function`
//! - `GET /v1/projects/{ref}/functions/{function_slug}/body`:
//!   [`get_a_function_body`](super::Client::get_a_function_body), `v1-get-a-function-body`
//! - `GET /v1/projects/{ref}/health`: [`get_services_health`](super::Client::get_services_health),
//!   `v1-get-services-health`
//! - `GET /v1/projects/{ref}/jit-access`:
//!   [`get_jit_access_config`](super::Client::get_jit_access_config), `v1-get-jit-access-config`
//! - `PUT /v1/projects/{ref}/jit-access`:
//!   [`update_jit_access_config`](super::Client::update_jit_access_config),
//!   `v1-update-jit-access-config`
//! - `DELETE /v1/projects/{ref}/network-bans`:
//!   [`delete_network_bans`](super::Client::delete_network_bans), `v1-delete-network-bans`
//! - `POST /v1/projects/{ref}/network-bans/retrieve`:
//!   [`list_all_network_bans`](super::Client::list_all_network_bans), `v1-list-all-network-bans`
//! - `POST /v1/projects/{ref}/network-bans/retrieve/enriched`:
//!   [`list_all_network_bans_enriched`](super::Client::list_all_network_bans_enriched),
//!   `v1-list-all-network-bans-enriched`
//! - `GET /v1/projects/{ref}/network-restrictions`:
//!   [`get_network_restrictions`](super::Client::get_network_restrictions),
//!   `v1-get-network-restrictions`
//! - `PATCH /v1/projects/{ref}/network-restrictions`:
//!   [`patch_network_restrictions`](super::Client::patch_network_restrictions),
//!   `v1-patch-network-restrictions`
//! - `POST /v1/projects/{ref}/network-restrictions/apply`:
//!   [`update_network_restrictions`](super::Client::update_network_restrictions),
//!   `v1-update-network-restrictions`
//! - `POST /v1/projects/{ref}/pause`: [`pause_a_project`](super::Client::pause_a_project),
//!   `v1-pause-a-project`
//! - `GET /v1/projects/{ref}/pgsodium`:
//!   [`get_pgsodium_config`](super::Client::get_pgsodium_config), `v1-get-pgsodium-config`
//! - `PUT /v1/projects/{ref}/pgsodium`:
//!   [`update_pgsodium_config`](super::Client::update_pgsodium_config), `v1-update-pgsodium-config`
//! - `GET /v1/projects/{ref}/postgrest`:
//!   [`get_postgrest_service_config`](super::Client::get_postgrest_service_config),
//!   `v1-get-postgrest-service-config`
//! - `PATCH /v1/projects/{ref}/postgrest`:
//!   [`update_postgrest_service_config`](super::Client::update_postgrest_service_config),
//!   `v1-update-postgrest-service-config`
//! - `POST /v1/projects/{ref}/read-replicas/remove`:
//!   [`remove_a_read_replica`](super::Client::remove_a_read_replica), `v1-remove-a-read-replica`
//! - `POST /v1/projects/{ref}/read-replicas/setup`:
//!   [`setup_a_read_replica`](super::Client::setup_a_read_replica), `v1-setup-a-read-replica`
//! - `GET /v1/projects/{ref}/readonly`:
//!   [`get_readonly_mode_status`](super::Client::get_readonly_mode_status),
//!   `v1-get-readonly-mode-status`
//! - `POST /v1/projects/{ref}/readonly/temporary-disable`:
//!   [`disable_readonly_mode_temporarily`](super::Client::disable_readonly_mode_temporarily),
//!   `v1-disable-readonly-mode-temporarily`
//! - `GET /v1/projects/{ref}/restore`:
//!   [`list_available_restore_versions`](super::Client::list_available_restore_versions),
//!   `v1-list-available-restore-versions`
//! - `POST /v1/projects/{ref}/restore`: [`restore_a_project`](super::Client::restore_a_project),
//!   `v1-restore-a-project`
//! - `POST /v1/projects/{ref}/restore/cancel`:
//!   [`cancel_a_project_restoration`](super::Client::cancel_a_project_restoration),
//!   `v1-cancel-a-project-restoration`
//! - `DELETE /v1/projects/{ref}/secrets`:
//!   [`bulk_delete_secrets`](super::Client::bulk_delete_secrets), `v1-bulk-delete-secrets`
//! - `GET /v1/projects/{ref}/secrets`: [`list_all_secrets`](super::Client::list_all_secrets),
//!   `v1-list-all-secrets`
//! - `POST /v1/projects/{ref}/secrets`:
//!   [`bulk_create_secrets`](super::Client::bulk_create_secrets), `v1-bulk-create-secrets`
//! - `GET /v1/projects/{ref}/ssl-enforcement`:
//!   [`get_ssl_enforcement_config`](super::Client::get_ssl_enforcement_config),
//!   `v1-get-ssl-enforcement-config`
//! - `PUT /v1/projects/{ref}/ssl-enforcement`:
//!   [`update_ssl_enforcement_config`](super::Client::update_ssl_enforcement_config),
//!   `v1-update-ssl-enforcement-config`
//! - `GET /v1/projects/{ref}/storage/buckets`:
//!   [`list_all_buckets`](super::Client::list_all_buckets), `v1-list-all-buckets`
//! - `GET /v1/projects/{ref}/types/typescript`:
//!   [`generate_typescript_types`](super::Client::generate_typescript_types),
//!   `v1-generate-typescript-types`
//! - `POST /v1/projects/{ref}/upgrade`:
//!   [`upgrade_postgres_version`](super::Client::upgrade_postgres_version),
//!   `v1-upgrade-postgres-version`
//! - `GET /v1/projects/{ref}/upgrade/eligibility`:
//!   [`get_postgres_upgrade_eligibility`](super::Client::get_postgres_upgrade_eligibility),
//!   `v1-get-postgres-upgrade-eligibility`
//! - `GET /v1/projects/{ref}/upgrade/status`:
//!   [`get_postgres_upgrade_status`](super::Client::get_postgres_upgrade_status),
//!   `v1-get-postgres-upgrade-status`
//! - `DELETE /v1/projects/{ref}/vanity-subdomain`:
//!   [`deactivate_vanity_subdomain_config`](super::Client::deactivate_vanity_subdomain_config),
//!   `v1-deactivate-vanity-subdomain-config`
//! - `GET /v1/projects/{ref}/vanity-subdomain`:
//!   [`get_vanity_subdomain_config`](super::Client::get_vanity_subdomain_config),
//!   `v1-get-vanity-subdomain-config`
//! - `POST /v1/projects/{ref}/vanity-subdomain/activate`:
//!   [`activate_vanity_subdomain_config`](super::Client::activate_vanity_subdomain_config),
//!   `v1-activate-vanity-subdomain-config`
//! - `POST /v1/projects/{ref}/vanity-subdomain/check-availability`:
//!   [`check_vanity_subdomain_availability`](super::Client::check_vanity_subdomain_availability),
//!   `v1-check-vanity-subdomain-availability`
//! - `GET /v1/snippets`: [`list_all_snippets`](super::Client::list_all_snippets),
//!   `v1-list-all-snippets`
//! - `GET /v1/snippets/{id}`: [`get_a_snippet`](super::Client::get_a_snippet), `v1-get-a-snippet`

mod advisors;
mod analytics;
mod auth;
mod billing;
mod database;
mod domains;
mod edge_functions;
mod environments;
mod oauth;
mod organizations;
mod profile;
mod projects;
mod realtime;
mod rest;
mod secrets;
mod storage;
pub use advisors::*;
pub use analytics::*;
pub use auth::*;
pub use billing::*;
pub use database::*;
pub use domains::*;
pub use edge_functions::*;
pub use environments::*;
pub use oauth::*;
pub use organizations::*;
pub use profile::*;
pub use projects::*;
pub use realtime::*;
pub use rest::*;
pub use secrets::*;
pub use storage::*;
