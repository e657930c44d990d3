//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! One call of every operation with arguments that satisfy the spec's schemas
//! (its examples when they are valid), for conformance tests against a mock
//! server built from the same document.

#![allow(deprecated)]
use supabase_management_api::{Error, FilePart};
use supabase_management_api::{Client, operations, types};

/// What is known of one operation's sample call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SampleCall {
    /// The `operationId`.
    pub id: &'static str,
    /// The HTTP method.
    pub method: &'static str,
    /// The path template.
    pub path: &'static str,
    /// The status of the success response the client decodes, when the spec gives one.
    pub status: Option<u16>,
    /// Whether the client sends its token (the operation's `security` is not `[]`).
    pub authenticated: bool,
    /// Schema constraints no sample value was found for (JSON pointer: what).
    pub notes: &'static [&'static str],
}

/// Every operation's sample call, in method-name order.
pub const CALLS: &[SampleCall] = &[
    SampleCall {
        id: "v1-activate-custom-hostname",
        method: "POST",
        path: "/v1/projects/{ref}/custom-hostname/activate",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-activate-vanity-subdomain-config",
        method: "POST",
        path: "/v1/projects/{ref}/vanity-subdomain/activate",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-apply-a-migration",
        method: "POST",
        path: "/v1/projects/{ref}/database/migrations",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-apply-project-addon",
        method: "PATCH",
        path: "/v1/projects/{ref}/billing/addons",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-authorize-jit-access",
        method: "POST",
        path: "/v1/projects/{ref}/database/jit",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-authorize-user",
        method: "GET",
        path: "/v1/oauth/authorize",
        status: Some(204),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-bulk-create-secrets",
        method: "POST",
        path: "/v1/projects/{ref}/secrets",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-bulk-delete-secrets",
        method: "DELETE",
        path: "/v1/projects/{ref}/secrets",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-bulk-update-functions",
        method: "PUT",
        path: "/v1/projects/{ref}/functions",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-cancel-a-project-restoration",
        method: "POST",
        path: "/v1/projects/{ref}/restore/cancel",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-check-vanity-subdomain-availability",
        method: "POST",
        path: "/v1/projects/{ref}/vanity-subdomain/check-availability",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-claim-project-for-organization",
        method: "POST",
        path: "/v1/organizations/{slug}/project-claim/{token}",
        status: Some(204),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-count-action-runs",
        method: "HEAD",
        path: "/v1/projects/{ref}/actions",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-create-a-branch",
        method: "POST",
        path: "/v1/projects/{ref}/branches",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-create-a-function",
        method: "POST",
        path: "/v1/projects/{ref}/functions",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-create-a-project",
        method: "POST",
        path: "/v1/projects",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-create-a-sso-provider",
        method: "POST",
        path: "/v1/projects/{ref}/config/auth/sso/providers",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-create-an-organization",
        method: "POST",
        path: "/v1/organizations",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-create-legacy-signing-key",
        method: "POST",
        path: "/v1/projects/{ref}/config/auth/signing-keys/legacy",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-create-login-role",
        method: "POST",
        path: "/v1/projects/{ref}/cli/login-role",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-create-project-api-key",
        method: "POST",
        path: "/v1/projects/{ref}/api-keys",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-create-project-claim-token",
        method: "POST",
        path: "/v1/projects/{ref}/claim-token",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-create-project-signing-key",
        method: "POST",
        path: "/v1/projects/{ref}/config/auth/signing-keys",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-create-project-tpa-integration",
        method: "POST",
        path: "/v1/projects/{ref}/config/auth/third-party-auth",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-create-restore-point",
        method: "POST",
        path: "/v1/projects/{ref}/database/backups/restore-point",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-deactivate-vanity-subdomain-config",
        method: "DELETE",
        path: "/v1/projects/{ref}/vanity-subdomain",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-delete-a-branch",
        method: "DELETE",
        path: "/v1/branches/{branch_id_or_ref}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-delete-a-function",
        method: "DELETE",
        path: "/v1/projects/{ref}/functions/{function_slug}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-delete-a-project",
        method: "DELETE",
        path: "/v1/projects/{ref}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-delete-a-sso-provider",
        method: "DELETE",
        path: "/v1/projects/{ref}/config/auth/sso/providers/{provider_id}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-Delete hostname config",
        method: "DELETE",
        path: "/v1/projects/{ref}/custom-hostname",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-delete-jit-access",
        method: "DELETE",
        path: "/v1/projects/{ref}/database/jit/{user_id}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-delete-login-roles",
        method: "DELETE",
        path: "/v1/projects/{ref}/cli/login-role",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-delete-network-bans",
        method: "DELETE",
        path: "/v1/projects/{ref}/network-bans",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-delete-project-api-key",
        method: "DELETE",
        path: "/v1/projects/{ref}/api-keys/{id}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-delete-project-claim-token",
        method: "DELETE",
        path: "/v1/projects/{ref}/claim-token",
        status: Some(204),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-delete-project-tpa-integration",
        method: "DELETE",
        path: "/v1/projects/{ref}/config/auth/third-party-auth/{tpa_id}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-deploy-a-function",
        method: "POST",
        path: "/v1/projects/{ref}/functions/deploy",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-diff-a-branch",
        method: "GET",
        path: "/v1/branches/{branch_id_or_ref}/diff",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-disable-preview-branching",
        method: "DELETE",
        path: "/v1/projects/{ref}/branches",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-disable-readonly-mode-temporarily",
        method: "POST",
        path: "/v1/projects/{ref}/readonly/temporary-disable",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-enable-database-webhook",
        method: "POST",
        path: "/v1/projects/{ref}/database/webhooks/enable",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-exchange-oauth-token",
        method: "POST",
        path: "/v1/oauth/token",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-generate-typescript-types",
        method: "GET",
        path: "/v1/projects/{ref}/types/typescript",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-a-branch",
        method: "GET",
        path: "/v1/projects/{ref}/branches/{name}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-a-branch-config",
        method: "GET",
        path: "/v1/branches/{branch_id_or_ref}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-a-function",
        method: "GET",
        path: "/v1/projects/{ref}/functions/{function_slug}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-a-function-body",
        method: "GET",
        path: "/v1/projects/{ref}/functions/{function_slug}/body",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-a-migration",
        method: "GET",
        path: "/v1/projects/{ref}/database/migrations/{version}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-a-snippet",
        method: "GET",
        path: "/v1/snippets/{id}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-a-sso-provider",
        method: "GET",
        path: "/v1/projects/{ref}/config/auth/sso/providers/{provider_id}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-action-run",
        method: "GET",
        path: "/v1/projects/{ref}/actions/{run_id}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-action-run-logs",
        method: "GET",
        path: "/v1/projects/{ref}/actions/{run_id}/logs",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-all-projects-for-organization",
        method: "GET",
        path: "/v1/organizations/{slug}/projects",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-an-organization",
        method: "GET",
        path: "/v1/organizations/{slug}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-auth-service-config",
        method: "GET",
        path: "/v1/projects/{ref}/config/auth",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-available-regions",
        method: "GET",
        path: "/v1/projects/available-regions",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-backup-schedule",
        method: "GET",
        path: "/v1/projects/{ref}/database/backups/schedule",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-database-disk",
        method: "GET",
        path: "/v1/projects/{ref}/config/disk",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-database-metadata",
        method: "GET",
        path: "/v1/projects/{ref}/database/context",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-database-openapi",
        method: "GET",
        path: "/v1/projects/{ref}/database/openapi",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-disk-utilization",
        method: "GET",
        path: "/v1/projects/{ref}/config/disk/util",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-hostname-config",
        method: "GET",
        path: "/v1/projects/{ref}/custom-hostname",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-jit-access",
        method: "GET",
        path: "/v1/projects/{ref}/database/jit",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-jit-access-config",
        method: "GET",
        path: "/v1/projects/{ref}/jit-access",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-legacy-signing-key",
        method: "GET",
        path: "/v1/projects/{ref}/config/auth/signing-keys/legacy",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-network-restrictions",
        method: "GET",
        path: "/v1/projects/{ref}/network-restrictions",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-organization-entitlements",
        method: "GET",
        path: "/v1/organizations/{slug}/entitlements",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-organization-project-claim",
        method: "GET",
        path: "/v1/organizations/{slug}/project-claim/{token}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-performance-advisors",
        method: "GET",
        path: "/v1/projects/{ref}/advisors/performance",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-pgsodium-config",
        method: "GET",
        path: "/v1/projects/{ref}/pgsodium",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-pooler-config",
        method: "GET",
        path: "/v1/projects/{ref}/config/database/pooler",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-postgres-config",
        method: "GET",
        path: "/v1/projects/{ref}/config/database/postgres",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-postgres-upgrade-eligibility",
        method: "GET",
        path: "/v1/projects/{ref}/upgrade/eligibility",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-postgres-upgrade-status",
        method: "GET",
        path: "/v1/projects/{ref}/upgrade/status",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-postgrest-service-config",
        method: "GET",
        path: "/v1/projects/{ref}/postgrest",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-profile",
        method: "GET",
        path: "/v1/profile",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-project",
        method: "GET",
        path: "/v1/projects/{ref}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-project-api-key",
        method: "GET",
        path: "/v1/projects/{ref}/api-keys/{id}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-project-api-keys",
        method: "GET",
        path: "/v1/projects/{ref}/api-keys",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-project-claim-token",
        method: "GET",
        path: "/v1/projects/{ref}/claim-token",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-project-disk-autoscale-config",
        method: "GET",
        path: "/v1/projects/{ref}/config/disk/autoscale",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-project-function-combined-stats",
        method: "GET",
        path: "/v1/projects/{ref}/analytics/endpoints/functions.combined-stats",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-project-legacy-api-keys",
        method: "GET",
        path: "/v1/projects/{ref}/api-keys/legacy",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-project-logs",
        method: "GET",
        path: "/v1/projects/{ref}/analytics/endpoints/logs.all",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-project-pgbouncer-config",
        method: "GET",
        path: "/v1/projects/{ref}/config/database/pgbouncer",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-project-signing-key",
        method: "GET",
        path: "/v1/projects/{ref}/config/auth/signing-keys/{id}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-project-signing-keys",
        method: "GET",
        path: "/v1/projects/{ref}/config/auth/signing-keys",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-project-tpa-integration",
        method: "GET",
        path: "/v1/projects/{ref}/config/auth/third-party-auth/{tpa_id}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-project-usage-api-count",
        method: "GET",
        path: "/v1/projects/{ref}/analytics/endpoints/usage.api-counts",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-project-usage-request-count",
        method: "GET",
        path: "/v1/projects/{ref}/analytics/endpoints/usage.api-requests-count",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-readonly-mode-status",
        method: "GET",
        path: "/v1/projects/{ref}/readonly",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-realtime-config",
        method: "GET",
        path: "/v1/projects/{ref}/config/realtime",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-restore-point",
        method: "GET",
        path: "/v1/projects/{ref}/database/backups/restore-point",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-security-advisors",
        method: "GET",
        path: "/v1/projects/{ref}/advisors/security",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-services-health",
        method: "GET",
        path: "/v1/projects/{ref}/health",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-ssl-enforcement-config",
        method: "GET",
        path: "/v1/projects/{ref}/ssl-enforcement",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-storage-config",
        method: "GET",
        path: "/v1/projects/{ref}/config/storage",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-get-vanity-subdomain-config",
        method: "GET",
        path: "/v1/projects/{ref}/vanity-subdomain",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-action-runs",
        method: "GET",
        path: "/v1/projects/{ref}/actions",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-all-backups",
        method: "GET",
        path: "/v1/projects/{ref}/database/backups",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-all-branches",
        method: "GET",
        path: "/v1/projects/{ref}/branches",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-all-buckets",
        method: "GET",
        path: "/v1/projects/{ref}/storage/buckets",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-all-functions",
        method: "GET",
        path: "/v1/projects/{ref}/functions",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-all-network-bans",
        method: "POST",
        path: "/v1/projects/{ref}/network-bans/retrieve",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-all-network-bans-enriched",
        method: "POST",
        path: "/v1/projects/{ref}/network-bans/retrieve/enriched",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-all-organizations",
        method: "GET",
        path: "/v1/organizations",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-all-projects",
        method: "GET",
        path: "/v1/projects",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-all-secrets",
        method: "GET",
        path: "/v1/projects/{ref}/secrets",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-all-snippets",
        method: "GET",
        path: "/v1/snippets",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-all-sso-provider",
        method: "GET",
        path: "/v1/projects/{ref}/config/auth/sso/providers",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-available-restore-versions",
        method: "GET",
        path: "/v1/projects/{ref}/restore",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-jit-access",
        method: "GET",
        path: "/v1/projects/{ref}/database/jit/list",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-migration-history",
        method: "GET",
        path: "/v1/projects/{ref}/database/migrations",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-organization-members",
        method: "GET",
        path: "/v1/organizations/{slug}/members",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-project-addons",
        method: "GET",
        path: "/v1/projects/{ref}/billing/addons",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-list-project-tpa-integrations",
        method: "GET",
        path: "/v1/projects/{ref}/config/auth/third-party-auth",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-merge-a-branch",
        method: "POST",
        path: "/v1/branches/{branch_id_or_ref}/merge",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-modify-database-disk",
        method: "POST",
        path: "/v1/projects/{ref}/config/disk",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-oauth-authorize-project-claim",
        method: "GET",
        path: "/v1/oauth/authorize/project-claim",
        status: Some(204),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-patch-a-migration",
        method: "PATCH",
        path: "/v1/projects/{ref}/database/migrations/{version}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-patch-network-restrictions",
        method: "PATCH",
        path: "/v1/projects/{ref}/network-restrictions",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-pause-a-project",
        method: "POST",
        path: "/v1/projects/{ref}/pause",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-push-a-branch",
        method: "POST",
        path: "/v1/branches/{branch_id_or_ref}/push",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-read-only-query",
        method: "POST",
        path: "/v1/projects/{ref}/database/query/read-only",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-remove-a-read-replica",
        method: "POST",
        path: "/v1/projects/{ref}/read-replicas/remove",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-remove-project-addon",
        method: "DELETE",
        path: "/v1/projects/{ref}/billing/addons/{addon_variant}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-remove-project-signing-key",
        method: "DELETE",
        path: "/v1/projects/{ref}/config/auth/signing-keys/{id}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-reset-a-branch",
        method: "POST",
        path: "/v1/branches/{branch_id_or_ref}/reset",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-restore-a-branch",
        method: "POST",
        path: "/v1/branches/{branch_id_or_ref}/restore",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-restore-a-project",
        method: "POST",
        path: "/v1/projects/{ref}/restore",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-restore-physical-backup",
        method: "POST",
        path: "/v1/projects/{ref}/database/backups/restore",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-restore-pitr-backup",
        method: "POST",
        path: "/v1/projects/{ref}/database/backups/restore-pitr",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-revoke-token",
        method: "POST",
        path: "/v1/oauth/revoke",
        status: Some(204),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-rollback-migrations",
        method: "DELETE",
        path: "/v1/projects/{ref}/database/migrations",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-run-a-query",
        method: "POST",
        path: "/v1/projects/{ref}/database/query",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-setup-a-read-replica",
        method: "POST",
        path: "/v1/projects/{ref}/read-replicas/setup",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-shutdown-realtime",
        method: "POST",
        path: "/v1/projects/{ref}/config/realtime/shutdown",
        status: Some(204),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-undo",
        method: "POST",
        path: "/v1/projects/{ref}/database/backups/undo",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-a-branch-config",
        method: "PATCH",
        path: "/v1/branches/{branch_id_or_ref}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-a-function",
        method: "PATCH",
        path: "/v1/projects/{ref}/functions/{function_slug}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-a-project",
        method: "PATCH",
        path: "/v1/projects/{ref}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-a-sso-provider",
        method: "PUT",
        path: "/v1/projects/{ref}/config/auth/sso/providers/{provider_id}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-action-run-status",
        method: "PATCH",
        path: "/v1/projects/{ref}/actions/{run_id}/status",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-auth-service-config",
        method: "PATCH",
        path: "/v1/projects/{ref}/config/auth",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-backup-schedule",
        method: "PATCH",
        path: "/v1/projects/{ref}/database/backups/schedule",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-database-password",
        method: "PATCH",
        path: "/v1/projects/{ref}/database/password",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-hostname-config",
        method: "POST",
        path: "/v1/projects/{ref}/custom-hostname/initialize",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-jit-access",
        method: "PUT",
        path: "/v1/projects/{ref}/database/jit",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-jit-access-config",
        method: "PUT",
        path: "/v1/projects/{ref}/jit-access",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-network-restrictions",
        method: "POST",
        path: "/v1/projects/{ref}/network-restrictions/apply",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-pgsodium-config",
        method: "PUT",
        path: "/v1/projects/{ref}/pgsodium",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-pooler-config",
        method: "PATCH",
        path: "/v1/projects/{ref}/config/database/pooler",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-postgres-config",
        method: "PUT",
        path: "/v1/projects/{ref}/config/database/postgres",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-postgrest-service-config",
        method: "PATCH",
        path: "/v1/projects/{ref}/postgrest",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-project-api-key",
        method: "PATCH",
        path: "/v1/projects/{ref}/api-keys/{id}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-project-legacy-api-keys",
        method: "PUT",
        path: "/v1/projects/{ref}/api-keys/legacy",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-project-signing-key",
        method: "PATCH",
        path: "/v1/projects/{ref}/config/auth/signing-keys/{id}",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-realtime-config",
        method: "PATCH",
        path: "/v1/projects/{ref}/config/realtime",
        status: Some(204),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-ssl-enforcement-config",
        method: "PUT",
        path: "/v1/projects/{ref}/ssl-enforcement",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-update-storage-config",
        method: "PATCH",
        path: "/v1/projects/{ref}/config/storage",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-upgrade-postgres-version",
        method: "POST",
        path: "/v1/projects/{ref}/upgrade",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-upsert-a-migration",
        method: "PUT",
        path: "/v1/projects/{ref}/database/migrations",
        status: Some(200),
        authenticated: true,
        notes: &[],
    },
    SampleCall {
        id: "v1-verify-dns-config",
        method: "POST",
        path: "/v1/projects/{ref}/custom-hostname/reverify",
        status: Some(201),
        authenticated: true,
        notes: &[],
    },
];

/// Why a sample call did not succeed.
#[derive(Debug)]
pub enum CallError {
    /// A sample value does not decode into its generated type: a bug
    /// in the sample or in the type.
    Sample {
        /// Which argument.
        what: &'static str,
        /// The decoding error.
        error: serde_json::Error,
    },
    /// The call failed: the server's answer, or a response the client could not decode.
    Client(Error),
}

impl From<Error> for CallError {
    fn from(error: Error) -> Self {
        CallError::Client(error)
    }
}

impl std::fmt::Display for CallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CallError::Sample { what, error } => {
                write!(f, "the sample {what} does not decode into its type: {error}")
            }
            CallError::Client(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for CallError {}
/// Decodes a sample value given as JSON into the generated type.
fn de<T: serde::de::DeserializeOwned>(
    what: &'static str,
    json: &str,
) -> Result<T, CallError> {
    serde_json::from_str(json).map_err(|error| CallError::Sample { what, error })
}

/// Makes the sample call of operation `id` with `headers` added, and
/// decodes its success response; `None` for an unknown id.
pub async fn call(
    client: &Client,
    id: &str,
    headers: &[(&'static str, String)],
) -> Option<Result<(), CallError>> {
    Some(
        match id {
            "v1-activate-custom-hostname" => {
                activate_custom_hostname(client, headers).await
            }
            "v1-activate-vanity-subdomain-config" => {
                activate_vanity_subdomain_config(client, headers).await
            }
            "v1-apply-a-migration" => apply_a_migration(client, headers).await,
            "v1-apply-project-addon" => apply_project_addon(client, headers).await,
            "v1-authorize-jit-access" => authorize_jit_access(client, headers).await,
            "v1-authorize-user" => authorize_user(client, headers).await,
            "v1-bulk-create-secrets" => bulk_create_secrets(client, headers).await,
            "v1-bulk-delete-secrets" => bulk_delete_secrets(client, headers).await,
            "v1-bulk-update-functions" => bulk_update_functions(client, headers).await,
            "v1-cancel-a-project-restoration" => {
                cancel_a_project_restoration(client, headers).await
            }
            "v1-check-vanity-subdomain-availability" => {
                check_vanity_subdomain_availability(client, headers).await
            }
            "v1-claim-project-for-organization" => {
                claim_project_for_organization(client, headers).await
            }
            "v1-count-action-runs" => count_action_runs(client, headers).await,
            "v1-create-a-branch" => create_a_branch(client, headers).await,
            "v1-create-a-function" => create_a_function(client, headers).await,
            "v1-create-a-project" => create_a_project(client, headers).await,
            "v1-create-a-sso-provider" => create_a_sso_provider(client, headers).await,
            "v1-create-an-organization" => create_an_organization(client, headers).await,
            "v1-create-legacy-signing-key" => {
                create_legacy_signing_key(client, headers).await
            }
            "v1-create-login-role" => create_login_role(client, headers).await,
            "v1-create-project-api-key" => create_project_api_key(client, headers).await,
            "v1-create-project-claim-token" => {
                create_project_claim_token(client, headers).await
            }
            "v1-create-project-signing-key" => {
                create_project_signing_key(client, headers).await
            }
            "v1-create-project-tpa-integration" => {
                create_project_tpa_integration(client, headers).await
            }
            "v1-create-restore-point" => create_restore_point(client, headers).await,
            "v1-deactivate-vanity-subdomain-config" => {
                deactivate_vanity_subdomain_config(client, headers).await
            }
            "v1-delete-a-branch" => delete_a_branch(client, headers).await,
            "v1-delete-a-function" => delete_a_function(client, headers).await,
            "v1-delete-a-project" => delete_a_project(client, headers).await,
            "v1-delete-a-sso-provider" => delete_a_sso_provider(client, headers).await,
            "v1-Delete hostname config" => delete_hostname_config(client, headers).await,
            "v1-delete-jit-access" => delete_jit_access(client, headers).await,
            "v1-delete-login-roles" => delete_login_roles(client, headers).await,
            "v1-delete-network-bans" => delete_network_bans(client, headers).await,
            "v1-delete-project-api-key" => delete_project_api_key(client, headers).await,
            "v1-delete-project-claim-token" => {
                delete_project_claim_token(client, headers).await
            }
            "v1-delete-project-tpa-integration" => {
                delete_project_tpa_integration(client, headers).await
            }
            "v1-deploy-a-function" => deploy_a_function(client, headers).await,
            "v1-diff-a-branch" => diff_a_branch(client, headers).await,
            "v1-disable-preview-branching" => {
                disable_preview_branching(client, headers).await
            }
            "v1-disable-readonly-mode-temporarily" => {
                disable_readonly_mode_temporarily(client, headers).await
            }
            "v1-enable-database-webhook" => {
                enable_database_webhook(client, headers).await
            }
            "v1-exchange-oauth-token" => exchange_oauth_token(client, headers).await,
            "v1-generate-typescript-types" => {
                generate_typescript_types(client, headers).await
            }
            "v1-get-a-branch" => get_a_branch(client, headers).await,
            "v1-get-a-branch-config" => get_a_branch_config(client, headers).await,
            "v1-get-a-function" => get_a_function(client, headers).await,
            "v1-get-a-function-body" => get_a_function_body(client, headers).await,
            "v1-get-a-migration" => get_a_migration(client, headers).await,
            "v1-get-a-snippet" => get_a_snippet(client, headers).await,
            "v1-get-a-sso-provider" => get_a_sso_provider(client, headers).await,
            "v1-get-action-run" => get_action_run(client, headers).await,
            "v1-get-action-run-logs" => get_action_run_logs(client, headers).await,
            "v1-get-all-projects-for-organization" => {
                get_all_projects_for_organization(client, headers).await
            }
            "v1-get-an-organization" => get_an_organization(client, headers).await,
            "v1-get-auth-service-config" => {
                get_auth_service_config(client, headers).await
            }
            "v1-get-available-regions" => get_available_regions(client, headers).await,
            "v1-get-backup-schedule" => get_backup_schedule(client, headers).await,
            "v1-get-database-disk" => get_database_disk(client, headers).await,
            "v1-get-database-metadata" => get_database_metadata(client, headers).await,
            "v1-get-database-openapi" => get_database_openapi(client, headers).await,
            "v1-get-disk-utilization" => get_disk_utilization(client, headers).await,
            "v1-get-hostname-config" => get_hostname_config(client, headers).await,
            "v1-get-jit-access" => get_jit_access(client, headers).await,
            "v1-get-jit-access-config" => get_jit_access_config(client, headers).await,
            "v1-get-legacy-signing-key" => get_legacy_signing_key(client, headers).await,
            "v1-get-network-restrictions" => {
                get_network_restrictions(client, headers).await
            }
            "v1-get-organization-entitlements" => {
                get_organization_entitlements(client, headers).await
            }
            "v1-get-organization-project-claim" => {
                get_organization_project_claim(client, headers).await
            }
            "v1-get-performance-advisors" => {
                get_performance_advisors(client, headers).await
            }
            "v1-get-pgsodium-config" => get_pgsodium_config(client, headers).await,
            "v1-get-pooler-config" => get_pooler_config(client, headers).await,
            "v1-get-postgres-config" => get_postgres_config(client, headers).await,
            "v1-get-postgres-upgrade-eligibility" => {
                get_postgres_upgrade_eligibility(client, headers).await
            }
            "v1-get-postgres-upgrade-status" => {
                get_postgres_upgrade_status(client, headers).await
            }
            "v1-get-postgrest-service-config" => {
                get_postgrest_service_config(client, headers).await
            }
            "v1-get-profile" => get_profile(client, headers).await,
            "v1-get-project" => get_project(client, headers).await,
            "v1-get-project-api-key" => get_project_api_key(client, headers).await,
            "v1-get-project-api-keys" => get_project_api_keys(client, headers).await,
            "v1-get-project-claim-token" => {
                get_project_claim_token(client, headers).await
            }
            "v1-get-project-disk-autoscale-config" => {
                get_project_disk_autoscale_config(client, headers).await
            }
            "v1-get-project-function-combined-stats" => {
                get_project_function_combined_stats(client, headers).await
            }
            "v1-get-project-legacy-api-keys" => {
                get_project_legacy_api_keys(client, headers).await
            }
            "v1-get-project-logs" => get_project_logs(client, headers).await,
            "v1-get-project-pgbouncer-config" => {
                get_project_pgbouncer_config(client, headers).await
            }
            "v1-get-project-signing-key" => {
                get_project_signing_key(client, headers).await
            }
            "v1-get-project-signing-keys" => {
                get_project_signing_keys(client, headers).await
            }
            "v1-get-project-tpa-integration" => {
                get_project_tpa_integration(client, headers).await
            }
            "v1-get-project-usage-api-count" => {
                get_project_usage_api_count(client, headers).await
            }
            "v1-get-project-usage-request-count" => {
                get_project_usage_request_count(client, headers).await
            }
            "v1-get-readonly-mode-status" => {
                get_readonly_mode_status(client, headers).await
            }
            "v1-get-realtime-config" => get_realtime_config(client, headers).await,
            "v1-get-restore-point" => get_restore_point(client, headers).await,
            "v1-get-security-advisors" => get_security_advisors(client, headers).await,
            "v1-get-services-health" => get_services_health(client, headers).await,
            "v1-get-ssl-enforcement-config" => {
                get_ssl_enforcement_config(client, headers).await
            }
            "v1-get-storage-config" => get_storage_config(client, headers).await,
            "v1-get-vanity-subdomain-config" => {
                get_vanity_subdomain_config(client, headers).await
            }
            "v1-list-action-runs" => list_action_runs(client, headers).await,
            "v1-list-all-backups" => list_all_backups(client, headers).await,
            "v1-list-all-branches" => list_all_branches(client, headers).await,
            "v1-list-all-buckets" => list_all_buckets(client, headers).await,
            "v1-list-all-functions" => list_all_functions(client, headers).await,
            "v1-list-all-network-bans" => list_all_network_bans(client, headers).await,
            "v1-list-all-network-bans-enriched" => {
                list_all_network_bans_enriched(client, headers).await
            }
            "v1-list-all-organizations" => list_all_organizations(client, headers).await,
            "v1-list-all-projects" => list_all_projects(client, headers).await,
            "v1-list-all-secrets" => list_all_secrets(client, headers).await,
            "v1-list-all-snippets" => list_all_snippets(client, headers).await,
            "v1-list-all-sso-provider" => list_all_sso_provider(client, headers).await,
            "v1-list-available-restore-versions" => {
                list_available_restore_versions(client, headers).await
            }
            "v1-list-jit-access" => list_jit_access(client, headers).await,
            "v1-list-migration-history" => list_migration_history(client, headers).await,
            "v1-list-organization-members" => {
                list_organization_members(client, headers).await
            }
            "v1-list-project-addons" => list_project_addons(client, headers).await,
            "v1-list-project-tpa-integrations" => {
                list_project_tpa_integrations(client, headers).await
            }
            "v1-merge-a-branch" => merge_a_branch(client, headers).await,
            "v1-modify-database-disk" => modify_database_disk(client, headers).await,
            "v1-oauth-authorize-project-claim" => {
                oauth_authorize_project_claim(client, headers).await
            }
            "v1-patch-a-migration" => patch_a_migration(client, headers).await,
            "v1-patch-network-restrictions" => {
                patch_network_restrictions(client, headers).await
            }
            "v1-pause-a-project" => pause_a_project(client, headers).await,
            "v1-push-a-branch" => push_a_branch(client, headers).await,
            "v1-read-only-query" => read_only_query(client, headers).await,
            "v1-remove-a-read-replica" => remove_a_read_replica(client, headers).await,
            "v1-remove-project-addon" => remove_project_addon(client, headers).await,
            "v1-remove-project-signing-key" => {
                remove_project_signing_key(client, headers).await
            }
            "v1-reset-a-branch" => reset_a_branch(client, headers).await,
            "v1-restore-a-branch" => restore_a_branch(client, headers).await,
            "v1-restore-a-project" => restore_a_project(client, headers).await,
            "v1-restore-physical-backup" => {
                restore_physical_backup(client, headers).await
            }
            "v1-restore-pitr-backup" => restore_pitr_backup(client, headers).await,
            "v1-revoke-token" => revoke_token(client, headers).await,
            "v1-rollback-migrations" => rollback_migrations(client, headers).await,
            "v1-run-a-query" => run_a_query(client, headers).await,
            "v1-setup-a-read-replica" => setup_a_read_replica(client, headers).await,
            "v1-shutdown-realtime" => shutdown_realtime(client, headers).await,
            "v1-undo" => undo(client, headers).await,
            "v1-update-a-branch-config" => update_a_branch_config(client, headers).await,
            "v1-update-a-function" => update_a_function(client, headers).await,
            "v1-update-a-project" => update_a_project(client, headers).await,
            "v1-update-a-sso-provider" => update_a_sso_provider(client, headers).await,
            "v1-update-action-run-status" => {
                update_action_run_status(client, headers).await
            }
            "v1-update-auth-service-config" => {
                update_auth_service_config(client, headers).await
            }
            "v1-update-backup-schedule" => update_backup_schedule(client, headers).await,
            "v1-update-database-password" => {
                update_database_password(client, headers).await
            }
            "v1-update-hostname-config" => update_hostname_config(client, headers).await,
            "v1-update-jit-access" => update_jit_access(client, headers).await,
            "v1-update-jit-access-config" => {
                update_jit_access_config(client, headers).await
            }
            "v1-update-network-restrictions" => {
                update_network_restrictions(client, headers).await
            }
            "v1-update-pgsodium-config" => update_pgsodium_config(client, headers).await,
            "v1-update-pooler-config" => update_pooler_config(client, headers).await,
            "v1-update-postgres-config" => update_postgres_config(client, headers).await,
            "v1-update-postgrest-service-config" => {
                update_postgrest_service_config(client, headers).await
            }
            "v1-update-project-api-key" => update_project_api_key(client, headers).await,
            "v1-update-project-legacy-api-keys" => {
                update_project_legacy_api_keys(client, headers).await
            }
            "v1-update-project-signing-key" => {
                update_project_signing_key(client, headers).await
            }
            "v1-update-realtime-config" => update_realtime_config(client, headers).await,
            "v1-update-ssl-enforcement-config" => {
                update_ssl_enforcement_config(client, headers).await
            }
            "v1-update-storage-config" => update_storage_config(client, headers).await,
            "v1-upgrade-postgres-version" => {
                upgrade_postgres_version(client, headers).await
            }
            "v1-upsert-a-migration" => upsert_a_migration(client, headers).await,
            "v1-verify-dns-config" => verify_dns_config(client, headers).await,
            _ => return None,
        },
    )
}

/// `v1-activate-custom-hostname`: `POST /v1/projects/{ref}/custom-hostname/activate`
async fn activate_custom_hostname(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.activate_custom_hostname("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-activate-vanity-subdomain-config`: `POST /v1/projects/{ref}/vanity-subdomain/activate`
async fn activate_vanity_subdomain_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::VanitySubdomainBody = de(
        "body",
        r#"{"vanity_subdomain":"acme-prod"}"#,
    )?;
    let mut request = client
        .activate_vanity_subdomain_config("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-apply-a-migration`: `POST /v1/projects/{ref}/database/migrations`
async fn apply_a_migration(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::V1CreateMigrationBody = de(
        "body",
        r#"{"name":"create_widgets_table","query":"create table public.widgets(id bigint primary key);","rollback":"drop table if exists public.widgets;"}"#,
    )?;
    let mut request = client
        .apply_a_migration("abcdefghijklmnopqrst", body)
        .idempotency_key("sample");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-apply-project-addon`: `PATCH /v1/projects/{ref}/billing/addons`
async fn apply_project_addon(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::ApplyProjectAddonBody = de(
        "body",
        r#"{"addon_type":"pitr","addon_variant":"pitr_7"}"#,
    )?;
    let mut request = client.apply_project_addon("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-authorize-jit-access`: `POST /v1/projects/{ref}/database/jit`
async fn authorize_jit_access(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::AuthorizeJitAccessBody = de(
        "body",
        r#"{"rhost":"203.0.113.10","role":"postgres"}"#,
    )?;
    let mut request = client.authorize_jit_access("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-authorize-user`: `GET /v1/oauth/authorize`
async fn authorize_user(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let client_id = de(
        "parameter `client_id`",
        r#""66666666-6666-4666-8666-666666666666""#,
    )?;
    let code_challenge_method: types::AuthorizeUserCodeChallengeMethod = de(
        "parameter `code_challenge_method`",
        r#""S256""#,
    )?;
    let response_type: types::AuthorizeUserResponseType = de(
        "parameter `response_type`",
        r#""code""#,
    )?;
    let mut request = client
        .authorize_user(client_id, "https://app.acme.com/auth/callback", response_type)
        .code_challenge("Z_P4EKbGwIkA01e3Y5fp4tMCvn_Ae5nUw7qY7XwkTrQ")
        .code_challenge_method(code_challenge_method)
        .organization_slug("tsrqponmlkjihgfedcba")
        .resource("https://example.com/sample")
        .response_mode("query")
        .scope("projects:read projects:write")
        .state("st_9f4d3a206b2e4a7e8c91");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-bulk-create-secrets`: `POST /v1/projects/{ref}/secrets`
async fn bulk_create_secrets(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::CreateSecretBody = de(
        "body",
        r#"[{"name":"OPENAI_API_KEY","value":"sk-example-secret"},{"name":"STRIPE_WEBHOOK_SECRET","value":"whsec_example"}]"#,
    )?;
    let mut request = client.bulk_create_secrets("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-bulk-delete-secrets`: `DELETE /v1/projects/{ref}/secrets`
async fn bulk_delete_secrets(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::DeleteSecretsBody = de("body", r#"["OPENAI_API_KEY"]"#)?;
    let mut request = client.bulk_delete_secrets("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-bulk-update-functions`: `PUT /v1/projects/{ref}/functions`
async fn bulk_update_functions(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::BulkUpdateFunctionBody = de(
        "body",
        r#"[{"entrypoint_path":"index.ts","id":"3c078cce-ad70-4148-9f37-4da362789053","name":"Hello World","slug":"hello-world","status":"ACTIVE","verify_jwt":true,"version":2}]"#,
    )?;
    let mut request = client.bulk_update_functions("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-cancel-a-project-restoration`: `POST /v1/projects/{ref}/restore/cancel`
async fn cancel_a_project_restoration(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.cancel_a_project_restoration("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-check-vanity-subdomain-availability`: `POST
/// /v1/projects/{ref}/vanity-subdomain/check-availability`
async fn check_vanity_subdomain_availability(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::VanitySubdomainBody = de(
        "body",
        r#"{"vanity_subdomain":"acme-prod"}"#,
    )?;
    let mut request = client
        .check_vanity_subdomain_availability("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-claim-project-for-organization`: `POST /v1/organizations/{slug}/project-claim/{token}`
async fn claim_project_for_organization(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client
        .claim_project_for_organization(
            "tsrqponmlkjihgfedcba",
            "0123456789abcdef0123456789abcdef01234567",
        );
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-count-action-runs`: `HEAD /v1/projects/{ref}/actions`
async fn count_action_runs(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.count_action_runs("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-create-a-branch`: `POST /v1/projects/{ref}/branches`
async fn create_a_branch(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::CreateBranchBody = de(
        "body",
        r#"{"branch_name":"preview-login-page","git_branch":"feature/login-page","notify_url":"https://example.com/webhooks/branches","persistent":true,"with_data":false}"#,
    )?;
    let mut request = client.create_a_branch("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-create-a-function`: `POST /v1/projects/{ref}/functions`
async fn create_a_function(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::V1CreateFunctionBody = de(
        "body",
        r#"{"body":"Deno.serve(() => new Response('Hello, world!'))","name":"Hello World","slug":"hello-world","verify_jwt":true}"#,
    )?;
    let mut request = client
        .create_a_function(
            "abcdefghijklmnopqrst",
            operations::CreateAFunctionBody::Json(body),
        )
        .entrypoint_path("index.ts")
        .ezbr_sha256("44c691990518d25498f0fd80cf6631ecf2b58eb9c5eb2a087dd1688f2904dac7")
        .import_map(false)
        .import_map_path("import_map.json")
        .name("Hello World")
        .slug("hello-world")
        .verify_jwt(true);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-create-a-project`: `POST /v1/projects`
async fn create_a_project(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::V1CreateProjectBody = de(
        "body",
        r#"{"db_pass":"correct-horse-battery-staple","name":"acme-prod","organization_slug":"tsrqponmlkjihgfedcba","region":"us-east-1"}"#,
    )?;
    let mut request = client.create_a_project(body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-create-a-sso-provider`: `POST /v1/projects/{ref}/config/auth/sso/providers`
async fn create_a_sso_provider(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::CreateProviderBody = de(
        "body",
        r#"{"attribute_mapping":{"keys":{"email":{"name":"email"},"first_name":{"name":"first_name"},"last_name":{"name":"last_name"}}},"domains":["acme.com"],"metadata_url":"https://sso.acme.com/metadata.xml","type":"saml"}"#,
    )?;
    let mut request = client.create_a_sso_provider("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-create-an-organization`: `POST /v1/organizations`
async fn create_an_organization(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::CreateOrganizationV1 = de("body", r#"{"name":"Acme"}"#)?;
    let mut request = client.create_an_organization(body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-create-legacy-signing-key`: `POST /v1/projects/{ref}/config/auth/signing-keys/legacy`
async fn create_legacy_signing_key(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.create_legacy_signing_key("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-create-login-role`: `POST /v1/projects/{ref}/cli/login-role`
async fn create_login_role(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::CreateRoleBody = de("body", r#"{"read_only":true}"#)?;
    let mut request = client.create_login_role("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-create-project-api-key`: `POST /v1/projects/{ref}/api-keys`
async fn create_project_api_key(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::CreateApiKeyBody = de(
        "body",
        r#"{"description":"CI deploy key","name":"ci_secret_key","type":"secret"}"#,
    )?;
    let mut request = client
        .create_project_api_key("abcdefghijklmnopqrst", body)
        .reveal(true);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-create-project-claim-token`: `POST /v1/projects/{ref}/claim-token`
async fn create_project_claim_token(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.create_project_claim_token("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-create-project-signing-key`: `POST /v1/projects/{ref}/config/auth/signing-keys`
async fn create_project_signing_key(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::CreateSigningKeyBody = de(
        "body",
        r#"{"algorithm":"RS256","status":"standby"}"#,
    )?;
    let mut request = client.create_project_signing_key("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-create-project-tpa-integration`: `POST /v1/projects/{ref}/config/auth/third-party-auth`
async fn create_project_tpa_integration(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::CreateThirdPartyAuthBody = de(
        "body",
        r#"{"jwks_url":"https://login.acme.com/.well-known/jwks.json","oidc_issuer_url":"https://login.acme.com"}"#,
    )?;
    let mut request = client
        .create_project_tpa_integration("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-create-restore-point`: `POST /v1/projects/{ref}/database/backups/restore-point`
async fn create_restore_point(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::V1RestorePointPostBody = de(
        "body",
        r#"{"name":"before-upgrade"}"#,
    )?;
    let mut request = client.create_restore_point("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-deactivate-vanity-subdomain-config`: `DELETE /v1/projects/{ref}/vanity-subdomain`
async fn deactivate_vanity_subdomain_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.deactivate_vanity_subdomain_config("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-delete-a-branch`: `DELETE /v1/branches/{branch_id_or_ref}`
async fn delete_a_branch(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.delete_a_branch("abcdefghijklmnopqrst").force(false);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-delete-a-function`: `DELETE /v1/projects/{ref}/functions/{function_slug}`
async fn delete_a_function(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.delete_a_function("abcdefghijklmnopqrst", "hello-world");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-delete-a-project`: `DELETE /v1/projects/{ref}`
async fn delete_a_project(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.delete_a_project("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-delete-a-sso-provider`: `DELETE /v1/projects/{ref}/config/auth/sso/providers/{provider_id}`
async fn delete_a_sso_provider(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let provider_id = de(
        "parameter `provider_id`",
        r#""77777777-7777-4777-8777-777777777777""#,
    )?;
    let mut request = client.delete_a_sso_provider("abcdefghijklmnopqrst", provider_id);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-Delete hostname config`: `DELETE /v1/projects/{ref}/custom-hostname`
async fn delete_hostname_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client
        .delete_hostname_config("abcdefghijklmnopqrst")
        .remove_addon(true);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-delete-jit-access`: `DELETE /v1/projects/{ref}/database/jit/{user_id}`
async fn delete_jit_access(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let user_id = de(
        "parameter `user_id`",
        r#""55555555-5555-4555-8555-555555555555""#,
    )?;
    let mut request = client.delete_jit_access("abcdefghijklmnopqrst", user_id);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-delete-login-roles`: `DELETE /v1/projects/{ref}/cli/login-role`
async fn delete_login_roles(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.delete_login_roles("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-delete-network-bans`: `DELETE /v1/projects/{ref}/network-bans`
async fn delete_network_bans(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::RemoveNetworkBanRequest = de(
        "body",
        r#"{"ipv4_addresses":["203.0.113.10"],"requester_ip":false}"#,
    )?;
    let mut request = client.delete_network_bans("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-delete-project-api-key`: `DELETE /v1/projects/{ref}/api-keys/{id}`
async fn delete_project_api_key(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let id = de("parameter `id`", r#""22222222-2222-4222-8222-222222222222""#)?;
    let mut request = client
        .delete_project_api_key("abcdefghijklmnopqrst", id)
        .reason("rotating_key")
        .reveal(true)
        .was_compromised(false);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-delete-project-claim-token`: `DELETE /v1/projects/{ref}/claim-token`
async fn delete_project_claim_token(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.delete_project_claim_token("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-delete-project-tpa-integration`: `DELETE
/// /v1/projects/{ref}/config/auth/third-party-auth/{tpa_id}`
async fn delete_project_tpa_integration(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let tpa_id = de("parameter `tpa_id`", r#""88888888-8888-4888-8888-888888888888""#)?;
    let mut request = client
        .delete_project_tpa_integration("abcdefghijklmnopqrst", tpa_id);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-deploy-a-function`: `POST /v1/projects/{ref}/functions/deploy`
async fn deploy_a_function(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let metadata: types::FunctionDeployBodyMetadata = de(
        "part `metadata`",
        r#"{"entrypoint_path":"index.ts","name":"Hello World","verify_jwt":true}"#,
    )?;
    let mut request = client
        .deploy_a_function(
            "abcdefghijklmnopqrst",
            {
                let mut body = types::DeployAFunctionBody::new(metadata);
                body.file = vec![
                    FilePart::new("./supabase/functions/hello-world/index.ts")
                    .file_name("file")
                ];
                body
            },
        )
        .bundle_only(false)
        .slug("hello-world");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-diff-a-branch`: `GET /v1/branches/{branch_id_or_ref}/diff`
async fn diff_a_branch(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client
        .diff_a_branch("abcdefghijklmnopqrst")
        .included_schemas("public,auth")
        .pgdelta(false);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-disable-preview-branching`: `DELETE /v1/projects/{ref}/branches`
async fn disable_preview_branching(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.disable_preview_branching("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-disable-readonly-mode-temporarily`: `POST /v1/projects/{ref}/readonly/temporary-disable`
async fn disable_readonly_mode_temporarily(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.disable_readonly_mode_temporarily("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-enable-database-webhook`: `POST /v1/projects/{ref}/database/webhooks/enable`
async fn enable_database_webhook(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.enable_database_webhook("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-exchange-oauth-token`: `POST /v1/oauth/token`
async fn exchange_oauth_token(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::OAuthTokenBody = de(
        "body",
        r#"{"client_id":"66666666-6666-4666-8666-666666666666","client_secret":"sb_secret_live_example_9f4d3a206b2e4a7e8c91","code":"oauth_code_9f4d3a206b2e4a7e8c91","code_verifier":"qW0Z6d9pQnW0mL1dK1q9wFq6Yz2nV5rA8jT3mP7sH4c","grant_type":"authorization_code","redirect_uri":"https://app.acme.com/auth/callback","scope":"projects:read projects:write"}"#,
    )?;
    let mut request = client.exchange_oauth_token(body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-generate-typescript-types`: `GET /v1/projects/{ref}/types/typescript`
async fn generate_typescript_types(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client
        .generate_typescript_types("abcdefghijklmnopqrst")
        .included_schemas("public,auth");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-a-branch`: `GET /v1/projects/{ref}/branches/{name}`
async fn get_a_branch(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_a_branch("abcdefghijklmnopqrst", "preview-login-page");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-a-branch-config`: `GET /v1/branches/{branch_id_or_ref}`
async fn get_a_branch_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_a_branch_config("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-a-function`: `GET /v1/projects/{ref}/functions/{function_slug}`
async fn get_a_function(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_a_function("abcdefghijklmnopqrst", "hello-world");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-a-function-body`: `GET /v1/projects/{ref}/functions/{function_slug}/body`
async fn get_a_function_body(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_a_function_body("abcdefghijklmnopqrst", "hello-world");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-a-migration`: `GET /v1/projects/{ref}/database/migrations/{version}`
async fn get_a_migration(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_a_migration("abcdefghijklmnopqrst", "20250312000000");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-a-snippet`: `GET /v1/snippets/{id}`
async fn get_a_snippet(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let id = de("parameter `id`", r#""44444444-4444-4444-8444-444444444444""#)?;
    let mut request = client.get_a_snippet(id);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-a-sso-provider`: `GET /v1/projects/{ref}/config/auth/sso/providers/{provider_id}`
async fn get_a_sso_provider(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let provider_id = de(
        "parameter `provider_id`",
        r#""77777777-7777-4777-8777-777777777777""#,
    )?;
    let mut request = client.get_a_sso_provider("abcdefghijklmnopqrst", provider_id);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-action-run`: `GET /v1/projects/{ref}/actions/{run_id}`
async fn get_action_run(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client
        .get_action_run("abcdefghijklmnopqrst", "run_01hq3q9m7y5q7e4a7x2c8m1p4n");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-action-run-logs`: `GET /v1/projects/{ref}/actions/{run_id}/logs`
async fn get_action_run_logs(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client
        .get_action_run_logs("abcdefghijklmnopqrst", "run_01hq3q9m7y5q7e4a7x2c8m1p4n");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-all-projects-for-organization`: `GET /v1/organizations/{slug}/projects`
async fn get_all_projects_for_organization(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let sort: types::GetAllProjectsForOrganizationSort = de(
        "parameter `sort`",
        r#""created_desc""#,
    )?;
    let mut request = client
        .get_all_projects_for_organization("tsrqponmlkjihgfedcba")
        .limit(20)
        .offset(0)
        .search("acme")
        .sort(sort)
        .statuses("ACTIVE_HEALTHY,INACTIVE");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-an-organization`: `GET /v1/organizations/{slug}`
async fn get_an_organization(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_an_organization("tsrqponmlkjihgfedcba");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-auth-service-config`: `GET /v1/projects/{ref}/config/auth`
async fn get_auth_service_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_auth_service_config("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-available-regions`: `GET /v1/projects/available-regions`
async fn get_available_regions(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let continent: types::GetAvailableRegionsContinent = de(
        "parameter `continent`",
        r#""NA""#,
    )?;
    let desired_instance_size: types::GetAvailableRegionsDesiredInstanceSize = de(
        "parameter `desired_instance_size`",
        r#""nano""#,
    )?;
    let mut request = client
        .get_available_regions("tsrqponmlkjihgfedcba")
        .continent(continent)
        .desired_instance_size(desired_instance_size);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-backup-schedule`: `GET /v1/projects/{ref}/database/backups/schedule`
async fn get_backup_schedule(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_backup_schedule("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-database-disk`: `GET /v1/projects/{ref}/config/disk`
async fn get_database_disk(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_database_disk("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-database-metadata`: `GET /v1/projects/{ref}/database/context`
async fn get_database_metadata(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_database_metadata("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-database-openapi`: `GET /v1/projects/{ref}/database/openapi`
async fn get_database_openapi(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client
        .get_database_openapi("abcdefghijklmnopqrst")
        .schema("sample");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-disk-utilization`: `GET /v1/projects/{ref}/config/disk/util`
async fn get_disk_utilization(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_disk_utilization("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-hostname-config`: `GET /v1/projects/{ref}/custom-hostname`
async fn get_hostname_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_hostname_config("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-jit-access`: `GET /v1/projects/{ref}/database/jit`
async fn get_jit_access(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_jit_access("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-jit-access-config`: `GET /v1/projects/{ref}/jit-access`
async fn get_jit_access_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_jit_access_config("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-legacy-signing-key`: `GET /v1/projects/{ref}/config/auth/signing-keys/legacy`
async fn get_legacy_signing_key(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_legacy_signing_key("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-network-restrictions`: `GET /v1/projects/{ref}/network-restrictions`
async fn get_network_restrictions(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_network_restrictions("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-organization-entitlements`: `GET /v1/organizations/{slug}/entitlements`
async fn get_organization_entitlements(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_organization_entitlements("tsrqponmlkjihgfedcba");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-organization-project-claim`: `GET /v1/organizations/{slug}/project-claim/{token}`
async fn get_organization_project_claim(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client
        .get_organization_project_claim(
            "tsrqponmlkjihgfedcba",
            "0123456789abcdef0123456789abcdef01234567",
        );
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-performance-advisors`: `GET /v1/projects/{ref}/advisors/performance`
async fn get_performance_advisors(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_performance_advisors("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-pgsodium-config`: `GET /v1/projects/{ref}/pgsodium`
async fn get_pgsodium_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_pgsodium_config("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-pooler-config`: `GET /v1/projects/{ref}/config/database/pooler`
async fn get_pooler_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_pooler_config("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-postgres-config`: `GET /v1/projects/{ref}/config/database/postgres`
async fn get_postgres_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_postgres_config("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-postgres-upgrade-eligibility`: `GET /v1/projects/{ref}/upgrade/eligibility`
async fn get_postgres_upgrade_eligibility(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_postgres_upgrade_eligibility("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-postgres-upgrade-status`: `GET /v1/projects/{ref}/upgrade/status`
async fn get_postgres_upgrade_status(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client
        .get_postgres_upgrade_status("abcdefghijklmnopqrst")
        .tracking_id("9f4d3a20-6b2e-4a7e-8c91-1d5f3e7a2b4c");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-postgrest-service-config`: `GET /v1/projects/{ref}/postgrest`
async fn get_postgrest_service_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_postgrest_service_config("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-profile`: `GET /v1/profile`
async fn get_profile(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_profile();
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-project`: `GET /v1/projects/{ref}`
async fn get_project(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_project("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-project-api-key`: `GET /v1/projects/{ref}/api-keys/{id}`
async fn get_project_api_key(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let id = de("parameter `id`", r#""22222222-2222-4222-8222-222222222222""#)?;
    let mut request = client
        .get_project_api_key("abcdefghijklmnopqrst", id)
        .reveal(true);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-project-api-keys`: `GET /v1/projects/{ref}/api-keys`
async fn get_project_api_keys(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_project_api_keys("abcdefghijklmnopqrst").reveal(true);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-project-claim-token`: `GET /v1/projects/{ref}/claim-token`
async fn get_project_claim_token(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_project_claim_token("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-project-disk-autoscale-config`: `GET /v1/projects/{ref}/config/disk/autoscale`
async fn get_project_disk_autoscale_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_project_disk_autoscale_config("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-project-function-combined-stats`: `GET
/// /v1/projects/{ref}/analytics/endpoints/functions.combined-stats`
async fn get_project_function_combined_stats(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let interval: types::GetProjectFunctionCombinedStatsInterval = de(
        "parameter `interval`",
        r#""1hr""#,
    )?;
    let mut request = client
        .get_project_function_combined_stats(
            "abcdefghijklmnopqrst",
            "3c078cce-ad70-4148-9f37-4da362789053",
            interval,
        );
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-project-legacy-api-keys`: `GET /v1/projects/{ref}/api-keys/legacy`
async fn get_project_legacy_api_keys(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_project_legacy_api_keys("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-project-logs`: `GET /v1/projects/{ref}/analytics/endpoints/logs.all`
async fn get_project_logs(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let iso_timestamp_end = de(
        "parameter `iso_timestamp_end`",
        r#""2025-03-01T23:59:59Z""#,
    )?;
    let iso_timestamp_start = de(
        "parameter `iso_timestamp_start`",
        r#""2025-03-01T00:00:00Z""#,
    )?;
    let mut request = client
        .get_project_logs("abcdefghijklmnopqrst")
        .iso_timestamp_end(iso_timestamp_end)
        .iso_timestamp_start(iso_timestamp_start)
        .sql("sample");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-project-pgbouncer-config`: `GET /v1/projects/{ref}/config/database/pgbouncer`
async fn get_project_pgbouncer_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_project_pgbouncer_config("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-project-signing-key`: `GET /v1/projects/{ref}/config/auth/signing-keys/{id}`
async fn get_project_signing_key(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let id = de("parameter `id`", r#""33333333-3333-4333-8333-333333333333""#)?;
    let mut request = client.get_project_signing_key("abcdefghijklmnopqrst", id);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-project-signing-keys`: `GET /v1/projects/{ref}/config/auth/signing-keys`
async fn get_project_signing_keys(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_project_signing_keys("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-project-tpa-integration`: `GET /v1/projects/{ref}/config/auth/third-party-auth/{tpa_id}`
async fn get_project_tpa_integration(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let tpa_id = de("parameter `tpa_id`", r#""88888888-8888-4888-8888-888888888888""#)?;
    let mut request = client.get_project_tpa_integration("abcdefghijklmnopqrst", tpa_id);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-project-usage-api-count`: `GET /v1/projects/{ref}/analytics/endpoints/usage.api-counts`
async fn get_project_usage_api_count(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let interval: types::GetProjectUsageApiCountInterval = de(
        "parameter `interval`",
        r#""1day""#,
    )?;
    let mut request = client
        .get_project_usage_api_count("abcdefghijklmnopqrst")
        .interval(interval);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-project-usage-request-count`: `GET
/// /v1/projects/{ref}/analytics/endpoints/usage.api-requests-count`
async fn get_project_usage_request_count(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_project_usage_request_count("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-readonly-mode-status`: `GET /v1/projects/{ref}/readonly`
async fn get_readonly_mode_status(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_readonly_mode_status("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-realtime-config`: `GET /v1/projects/{ref}/config/realtime`
async fn get_realtime_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_realtime_config("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-restore-point`: `GET /v1/projects/{ref}/database/backups/restore-point`
async fn get_restore_point(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_restore_point("abcdefghijklmnopqrst").name("sample");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-security-advisors`: `GET /v1/projects/{ref}/advisors/security`
async fn get_security_advisors(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let lint_type: types::GetSecurityAdvisorsLintType = de(
        "parameter `lint_type`",
        r#""sql""#,
    )?;
    let mut request = client
        .get_security_advisors("abcdefghijklmnopqrst")
        .lint_type(lint_type);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-services-health`: `GET /v1/projects/{ref}/health`
async fn get_services_health(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let services: Vec<types::GetServicesHealthServicesItem> = de(
        "parameter `services`",
        r#"["auth","rest"]"#,
    )?;
    let mut request = client
        .get_services_health("abcdefghijklmnopqrst", services)
        .timeout_ms(2000);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-ssl-enforcement-config`: `GET /v1/projects/{ref}/ssl-enforcement`
async fn get_ssl_enforcement_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_ssl_enforcement_config("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-storage-config`: `GET /v1/projects/{ref}/config/storage`
async fn get_storage_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_storage_config("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-get-vanity-subdomain-config`: `GET /v1/projects/{ref}/vanity-subdomain`
async fn get_vanity_subdomain_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.get_vanity_subdomain_config("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-action-runs`: `GET /v1/projects/{ref}/actions`
async fn list_action_runs(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client
        .list_action_runs("abcdefghijklmnopqrst")
        .limit(20.0)
        .offset(0.0);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-all-backups`: `GET /v1/projects/{ref}/database/backups`
async fn list_all_backups(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.list_all_backups("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-all-branches`: `GET /v1/projects/{ref}/branches`
async fn list_all_branches(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.list_all_branches("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-all-buckets`: `GET /v1/projects/{ref}/storage/buckets`
async fn list_all_buckets(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.list_all_buckets("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-all-functions`: `GET /v1/projects/{ref}/functions`
async fn list_all_functions(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.list_all_functions("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-all-network-bans`: `POST /v1/projects/{ref}/network-bans/retrieve`
async fn list_all_network_bans(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.list_all_network_bans("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-all-network-bans-enriched`: `POST /v1/projects/{ref}/network-bans/retrieve/enriched`
async fn list_all_network_bans_enriched(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.list_all_network_bans_enriched("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-all-organizations`: `GET /v1/organizations`
async fn list_all_organizations(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.list_all_organizations();
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-all-projects`: `GET /v1/projects`
async fn list_all_projects(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.list_all_projects();
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-all-secrets`: `GET /v1/projects/{ref}/secrets`
async fn list_all_secrets(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.list_all_secrets("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-all-snippets`: `GET /v1/snippets`
async fn list_all_snippets(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let sort_by: types::ListAllSnippetsSortBy = de("parameter `sort_by`", r#""name""#)?;
    let sort_order: types::ListAllSnippetsSortOrder = de(
        "parameter `sort_order`",
        r#""asc""#,
    )?;
    let mut request = client
        .list_all_snippets()
        .cursor("sample")
        .limit("sample")
        .project_ref("abcdefghijklmnopqrst")
        .sort_by(sort_by)
        .sort_order(sort_order);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-all-sso-provider`: `GET /v1/projects/{ref}/config/auth/sso/providers`
async fn list_all_sso_provider(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.list_all_sso_provider("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-available-restore-versions`: `GET /v1/projects/{ref}/restore`
async fn list_available_restore_versions(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.list_available_restore_versions("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-jit-access`: `GET /v1/projects/{ref}/database/jit/list`
async fn list_jit_access(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.list_jit_access("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-migration-history`: `GET /v1/projects/{ref}/database/migrations`
async fn list_migration_history(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.list_migration_history("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-organization-members`: `GET /v1/organizations/{slug}/members`
async fn list_organization_members(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.list_organization_members("tsrqponmlkjihgfedcba");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-project-addons`: `GET /v1/projects/{ref}/billing/addons`
async fn list_project_addons(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.list_project_addons("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-list-project-tpa-integrations`: `GET /v1/projects/{ref}/config/auth/third-party-auth`
async fn list_project_tpa_integrations(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.list_project_tpa_integrations("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-merge-a-branch`: `POST /v1/branches/{branch_id_or_ref}/merge`
async fn merge_a_branch(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::BranchActionBody = de(
        "body",
        r#"{"migration_version":"20250312000000"}"#,
    )?;
    let mut request = client.merge_a_branch("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-modify-database-disk`: `POST /v1/projects/{ref}/config/disk`
async fn modify_database_disk(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::DiskRequestBody = de(
        "body",
        r#"{"attributes":{"iops":3000,"size_gb":100,"throughput_mibps":125,"type":"gp3"}}"#,
    )?;
    let mut request = client.modify_database_disk("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-oauth-authorize-project-claim`: `GET /v1/oauth/authorize/project-claim`
async fn oauth_authorize_project_claim(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let client_id = de(
        "parameter `client_id`",
        r#""66666666-6666-4666-8666-666666666666""#,
    )?;
    let code_challenge_method: types::OAuthAuthorizeProjectClaimCodeChallengeMethod = de(
        "parameter `code_challenge_method`",
        r#""S256""#,
    )?;
    let response_type: types::OAuthAuthorizeProjectClaimResponseType = de(
        "parameter `response_type`",
        r#""code""#,
    )?;
    let mut request = client
        .oauth_authorize_project_claim(
            client_id,
            "abcdefghijklmnopqrst",
            "https://app.acme.com/auth/callback",
            response_type,
        )
        .code_challenge("Z_P4EKbGwIkA01e3Y5fp4tMCvn_Ae5nUw7qY7XwkTrQ")
        .code_challenge_method(code_challenge_method)
        .response_mode("query")
        .state("st_9f4d3a206b2e4a7e8c91");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-patch-a-migration`: `PATCH /v1/projects/{ref}/database/migrations/{version}`
async fn patch_a_migration(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::V1PatchMigrationBody = de(
        "body",
        r#"{"name":"create_widgets_table","rollback":"drop table if exists public.widgets;"}"#,
    )?;
    let mut request = client
        .patch_a_migration("abcdefghijklmnopqrst", "20250312000000", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-patch-network-restrictions`: `PATCH /v1/projects/{ref}/network-restrictions`
async fn patch_network_restrictions(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::NetworkRestrictionsPatchRequest = de(
        "body",
        r#"{"add":{"dbAllowedCidrs":["203.0.113.0/24"]},"remove":{"dbAllowedCidrs":["198.51.100.0/24"]}}"#,
    )?;
    let mut request = client.patch_network_restrictions("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-pause-a-project`: `POST /v1/projects/{ref}/pause`
async fn pause_a_project(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.pause_a_project("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-push-a-branch`: `POST /v1/branches/{branch_id_or_ref}/push`
async fn push_a_branch(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::BranchActionBody = de(
        "body",
        r#"{"migration_version":"20250312000000"}"#,
    )?;
    let mut request = client.push_a_branch("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-read-only-query`: `POST /v1/projects/{ref}/database/query/read-only`
async fn read_only_query(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::V1ReadOnlyQueryBody = de(
        "body",
        r#"{"query":"select * from pg_stat_activity limit 1;"}"#,
    )?;
    let mut request = client.read_only_query("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-remove-a-read-replica`: `POST /v1/projects/{ref}/read-replicas/remove`
async fn remove_a_read_replica(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::RemoveReadReplicaBody = de(
        "body",
        r#"{"database_identifier":"abcdefghijklmnopqrst-rr-us-west-1-abcde"}"#,
    )?;
    let mut request = client.remove_a_read_replica("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-remove-project-addon`: `DELETE /v1/projects/{ref}/billing/addons/{addon_variant}`
async fn remove_project_addon(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let addon_variant: types::RemoveProjectAddonAddonVariant = de(
        "parameter `addon_variant`",
        r#""pitr_7""#,
    )?;
    let mut request = client.remove_project_addon("abcdefghijklmnopqrst", addon_variant);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-remove-project-signing-key`: `DELETE /v1/projects/{ref}/config/auth/signing-keys/{id}`
async fn remove_project_signing_key(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let id = de("parameter `id`", r#""33333333-3333-4333-8333-333333333333""#)?;
    let mut request = client.remove_project_signing_key("abcdefghijklmnopqrst", id);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-reset-a-branch`: `POST /v1/branches/{branch_id_or_ref}/reset`
async fn reset_a_branch(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::BranchActionBody = de(
        "body",
        r#"{"migration_version":"20250312000000"}"#,
    )?;
    let mut request = client.reset_a_branch("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-restore-a-branch`: `POST /v1/branches/{branch_id_or_ref}/restore`
async fn restore_a_branch(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.restore_a_branch("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-restore-a-project`: `POST /v1/projects/{ref}/restore`
async fn restore_a_project(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.restore_a_project("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-restore-physical-backup`: `POST /v1/projects/{ref}/database/backups/restore`
async fn restore_physical_backup(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::V1RestoreBackupBody = de("body", r#"{"id":12345}"#)?;
    let mut request = client.restore_physical_backup("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-restore-pitr-backup`: `POST /v1/projects/{ref}/database/backups/restore-pitr`
async fn restore_pitr_backup(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::V1RestorePitrBody = de(
        "body",
        r#"{"recovery_time_target_unix":1740787200}"#,
    )?;
    let mut request = client.restore_pitr_backup("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-revoke-token`: `POST /v1/oauth/revoke`
async fn revoke_token(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::OAuthRevokeTokenBody = de(
        "body",
        r#"{"client_id":"66666666-6666-4666-8666-666666666666","client_secret":"sb_secret_live_example_9f4d3a206b2e4a7e8c91","refresh_token":"oauth_refresh_9f4d3a206b2e4a7e8c91"}"#,
    )?;
    let mut request = client.revoke_token(body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-rollback-migrations`: `DELETE /v1/projects/{ref}/database/migrations`
async fn rollback_migrations(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client
        .rollback_migrations("abcdefghijklmnopqrst", "20250312000000");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-run-a-query`: `POST /v1/projects/{ref}/database/query`
async fn run_a_query(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::V1RunQueryBody = de(
        "body",
        r#"{"query":"select * from pg_stat_activity limit 1;","read_only":true}"#,
    )?;
    let mut request = client.run_a_query("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-setup-a-read-replica`: `POST /v1/projects/{ref}/read-replicas/setup`
async fn setup_a_read_replica(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::SetUpReadReplicaBody = de(
        "body",
        r#"{"read_replica_region":"us-west-1"}"#,
    )?;
    let mut request = client.setup_a_read_replica("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-shutdown-realtime`: `POST /v1/projects/{ref}/config/realtime/shutdown`
async fn shutdown_realtime(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.shutdown_realtime("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-undo`: `POST /v1/projects/{ref}/database/backups/undo`
async fn undo(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::V1UndoBody = de("body", r#"{"name":"before-upgrade"}"#)?;
    let mut request = client.undo("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-a-branch-config`: `PATCH /v1/branches/{branch_id_or_ref}`
async fn update_a_branch_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::UpdateBranchBody = de(
        "body",
        r#"{"branch_name":"preview-login-page","git_branch":"feature/login-page","notify_url":"https://example.com/webhooks/branches","persistent":true,"request_review":true}"#,
    )?;
    let mut request = client.update_a_branch_config("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-a-function`: `PATCH /v1/projects/{ref}/functions/{function_slug}`
async fn update_a_function(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::V1UpdateFunctionBody = de(
        "body",
        r#"{"body":"Deno.serve(() => new Response('Hello again!'))","name":"Hello World","verify_jwt":true}"#,
    )?;
    let mut request = client
        .update_a_function(
            "abcdefghijklmnopqrst",
            "hello-world",
            operations::UpdateAFunctionBody::Json(body),
        )
        .entrypoint_path("index.ts")
        .ezbr_sha256("44c691990518d25498f0fd80cf6631ecf2b58eb9c5eb2a087dd1688f2904dac7")
        .import_map(false)
        .import_map_path("import_map.json")
        .name("Hello World")
        .slug("hello-world")
        .verify_jwt(true);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-a-project`: `PATCH /v1/projects/{ref}`
async fn update_a_project(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::V1UpdateProjectBody = de("body", r#"{"name":"Acme Platform"}"#)?;
    let mut request = client.update_a_project("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-a-sso-provider`: `PUT /v1/projects/{ref}/config/auth/sso/providers/{provider_id}`
async fn update_a_sso_provider(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let provider_id = de(
        "parameter `provider_id`",
        r#""77777777-7777-4777-8777-777777777777""#,
    )?;
    let body: types::UpdateProviderBody = de(
        "body",
        r#"{"domains":["acme.com","contractors.acme.com"],"metadata_url":"https://sso.acme.com/metadata.xml"}"#,
    )?;
    let mut request = client
        .update_a_sso_provider("abcdefghijklmnopqrst", provider_id, body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-action-run-status`: `PATCH /v1/projects/{ref}/actions/{run_id}/status`
async fn update_action_run_status(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::UpdateRunStatusBody = de(
        "body",
        r#"{"clone":"RUNNING","configure":"RUNNING","deploy":"CREATED","migrate":"RUNNING"}"#,
    )?;
    let mut request = client
        .update_action_run_status(
            "abcdefghijklmnopqrst",
            "run_01hq3q9m7y5q7e4a7x2c8m1p4n",
            body,
        );
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-auth-service-config`: `PATCH /v1/projects/{ref}/config/auth`
async fn update_auth_service_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::UpdateAuthConfigBody = de(
        "body",
        r#"{"disable_signup":false,"jwt_exp":3600,"site_url":"https://app.example.com"}"#,
    )?;
    let mut request = client.update_auth_service_config("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-backup-schedule`: `PATCH /v1/projects/{ref}/database/backups/schedule`
async fn update_backup_schedule(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::V1UpdateBackupScheduleBody = de(
        "body",
        r#"{"schedule_for":"04:00:00"}"#,
    )?;
    let mut request = client.update_backup_schedule("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-database-password`: `PATCH /v1/projects/{ref}/database/password`
async fn update_database_password(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::V1UpdatePasswordBody = de(
        "body",
        r#"{"password":"correct-horse-battery-staple"}"#,
    )?;
    let mut request = client.update_database_password("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-hostname-config`: `POST /v1/projects/{ref}/custom-hostname/initialize`
async fn update_hostname_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::UpdateCustomHostnameBody = de(
        "body",
        r#"{"custom_hostname":"docs.example.com"}"#,
    )?;
    let mut request = client.update_hostname_config("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-jit-access`: `PUT /v1/projects/{ref}/database/jit`
async fn update_jit_access(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::UpdateJitAccessBody = de(
        "body",
        r#"{"roles":[{"allowed_networks":{"allowed_cidrs":[{"cidr":"203.0.113.0/24"}]},"branches_only":false,"expires_at":1740787200,"role":"postgres"}],"user_id":"55555555-5555-4555-8555-555555555555"}"#,
    )?;
    let mut request = client.update_jit_access("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-jit-access-config`: `PUT /v1/projects/{ref}/jit-access`
async fn update_jit_access_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::JitAccessRequestRequest = de("body", r#"{"state":"enabled"}"#)?;
    let mut request = client.update_jit_access_config("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-network-restrictions`: `POST /v1/projects/{ref}/network-restrictions/apply`
async fn update_network_restrictions(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::NetworkRestrictionsRequest = de(
        "body",
        r#"{"dbAllowedCidrs":["203.0.113.0/24"],"dbAllowedCidrsV6":["2001:db8::/32"]}"#,
    )?;
    let mut request = client.update_network_restrictions("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-pgsodium-config`: `PUT /v1/projects/{ref}/pgsodium`
async fn update_pgsodium_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::UpdatePgsodiumConfigBody = de(
        "body",
        r#"{"root_key":"MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="}"#,
    )?;
    let mut request = client.update_pgsodium_config("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-pooler-config`: `PATCH /v1/projects/{ref}/config/database/pooler`
async fn update_pooler_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::UpdateSupavisorConfigBody = de(
        "body",
        r#"{"default_pool_size":25,"pool_mode":"transaction"}"#,
    )?;
    let mut request = client.update_pooler_config("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-postgres-config`: `PUT /v1/projects/{ref}/config/database/postgres`
async fn update_postgres_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::UpdatePostgresConfigBody = de(
        "body",
        r#"{"max_connections":120,"shared_buffers":"256MB","statement_timeout":"60000ms","work_mem":"4MB"}"#,
    )?;
    let mut request = client.update_postgres_config("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-postgrest-service-config`: `PATCH /v1/projects/{ref}/postgrest`
async fn update_postgrest_service_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::V1UpdatePostgrestConfigBody = de(
        "body",
        r#"{"db_pool":20,"db_schema":"public,storage","max_rows":1000}"#,
    )?;
    let mut request = client
        .update_postgrest_service_config("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-project-api-key`: `PATCH /v1/projects/{ref}/api-keys/{id}`
async fn update_project_api_key(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let id = de("parameter `id`", r#""22222222-2222-4222-8222-222222222222""#)?;
    let body: types::UpdateApiKeyBody = de(
        "body",
        r#"{"description":"Rotated after March release","name":"ci_secret_key_rotated"}"#,
    )?;
    let mut request = client
        .update_project_api_key("abcdefghijklmnopqrst", id, body)
        .reveal(true);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-project-legacy-api-keys`: `PUT /v1/projects/{ref}/api-keys/legacy`
async fn update_project_legacy_api_keys(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client
        .update_project_legacy_api_keys("abcdefghijklmnopqrst", true);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-project-signing-key`: `PATCH /v1/projects/{ref}/config/auth/signing-keys/{id}`
async fn update_project_signing_key(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let id = de("parameter `id`", r#""33333333-3333-4333-8333-333333333333""#)?;
    let body: types::UpdateSigningKeyBody = de("body", r#"{"status":"standby"}"#)?;
    let mut request = client
        .update_project_signing_key("abcdefghijklmnopqrst", id, body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-realtime-config`: `PATCH /v1/projects/{ref}/config/realtime`
async fn update_realtime_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::UpdateRealtimeConfigBody = de(
        "body",
        r#"{"max_channels_per_client":100,"max_concurrent_users":1000,"private_only":false}"#,
    )?;
    let mut request = client.update_realtime_config("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-ssl-enforcement-config`: `PUT /v1/projects/{ref}/ssl-enforcement`
async fn update_ssl_enforcement_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::SslEnforcementRequest = de(
        "body",
        r#"{"requestedConfig":{"database":true}}"#,
    )?;
    let mut request = client.update_ssl_enforcement_config("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-update-storage-config`: `PATCH /v1/projects/{ref}/config/storage`
async fn update_storage_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::UpdateStorageConfigBody = de(
        "body",
        r#"{"features":{"imageTransformation":{"enabled":true}},"fileSizeLimit":10485760}"#,
    )?;
    let mut request = client.update_storage_config("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-upgrade-postgres-version`: `POST /v1/projects/{ref}/upgrade`
async fn upgrade_postgres_version(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::UpgradeDatabaseBody = de(
        "body",
        r#"{"release_channel":"ga","target_version":"17"}"#,
    )?;
    let mut request = client.upgrade_postgres_version("abcdefghijklmnopqrst", body);
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-upsert-a-migration`: `PUT /v1/projects/{ref}/database/migrations`
async fn upsert_a_migration(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let body: types::V1UpsertMigrationBody = de(
        "body",
        r#"{"name":"create_widgets_table","query":"create table public.widgets(id bigint primary key);","rollback":"drop table if exists public.widgets;"}"#,
    )?;
    let mut request = client
        .upsert_a_migration("abcdefghijklmnopqrst", body)
        .idempotency_key("sample");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}

/// `v1-verify-dns-config`: `POST /v1/projects/{ref}/custom-hostname/reverify`
async fn verify_dns_config(
    client: &Client,
    headers: &[(&'static str, String)],
) -> Result<(), CallError> {
    let mut request = client.verify_dns_config("abcdefghijklmnopqrst");
    for (name, value) in headers {
        request = request.header(name, value.clone());
    }
    request.send().await?;
    Ok(())
}
