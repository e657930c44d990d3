//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateAuthConfigBody`.

use serde::{Deserialize, Serialize};

/// `UpdateAuthConfigBody`
///
/// Schema: `#/components/schemas/UpdateAuthConfigBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateAuthConfigBody {
    /// `api_max_request_duration`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub api_max_request_duration: crate::runtime::Nullable<i64>,
    /// `custom_oauth_enabled`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_oauth_enabled: Option<bool>,
    /// `db_max_pool_size`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub db_max_pool_size: crate::runtime::Nullable<i64>,
    /// `db_max_pool_size_unit`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub db_max_pool_size_unit: crate::runtime::Nullable<
        UpdateAuthConfigBodyDbMaxPoolSizeUnit,
    >,
    /// `disable_signup`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub disable_signup: crate::runtime::Nullable<bool>,
    /// `external_anonymous_users_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_anonymous_users_enabled: crate::runtime::Nullable<bool>,
    /// `external_apple_additional_client_ids`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_apple_additional_client_ids: crate::runtime::Nullable<String>,
    /// `external_apple_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_apple_client_id: crate::runtime::Nullable<String>,
    /// `external_apple_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_apple_email_optional: crate::runtime::Nullable<bool>,
    /// `external_apple_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_apple_enabled: crate::runtime::Nullable<bool>,
    /// `external_apple_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_apple_secret: crate::runtime::Nullable<String>,
    /// `external_azure_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_azure_client_id: crate::runtime::Nullable<String>,
    /// `external_azure_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_azure_email_optional: crate::runtime::Nullable<bool>,
    /// `external_azure_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_azure_enabled: crate::runtime::Nullable<bool>,
    /// `external_azure_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_azure_secret: crate::runtime::Nullable<String>,
    /// `external_azure_url`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_azure_url: crate::runtime::Nullable<String>,
    /// `external_bitbucket_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_bitbucket_client_id: crate::runtime::Nullable<String>,
    /// `external_bitbucket_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_bitbucket_email_optional: crate::runtime::Nullable<bool>,
    /// `external_bitbucket_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_bitbucket_enabled: crate::runtime::Nullable<bool>,
    /// `external_bitbucket_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_bitbucket_secret: crate::runtime::Nullable<String>,
    /// `external_discord_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_discord_client_id: crate::runtime::Nullable<String>,
    /// `external_discord_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_discord_email_optional: crate::runtime::Nullable<bool>,
    /// `external_discord_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_discord_enabled: crate::runtime::Nullable<bool>,
    /// `external_discord_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_discord_secret: crate::runtime::Nullable<String>,
    /// `external_email_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_email_enabled: crate::runtime::Nullable<bool>,
    /// `external_facebook_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_facebook_client_id: crate::runtime::Nullable<String>,
    /// `external_facebook_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_facebook_email_optional: crate::runtime::Nullable<bool>,
    /// `external_facebook_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_facebook_enabled: crate::runtime::Nullable<bool>,
    /// `external_facebook_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_facebook_secret: crate::runtime::Nullable<String>,
    /// `external_figma_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_figma_client_id: crate::runtime::Nullable<String>,
    /// `external_figma_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_figma_email_optional: crate::runtime::Nullable<bool>,
    /// `external_figma_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_figma_enabled: crate::runtime::Nullable<bool>,
    /// `external_figma_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_figma_secret: crate::runtime::Nullable<String>,
    /// `external_github_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_github_client_id: crate::runtime::Nullable<String>,
    /// `external_github_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_github_email_optional: crate::runtime::Nullable<bool>,
    /// `external_github_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_github_enabled: crate::runtime::Nullable<bool>,
    /// `external_github_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_github_secret: crate::runtime::Nullable<String>,
    /// `external_gitlab_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_gitlab_client_id: crate::runtime::Nullable<String>,
    /// `external_gitlab_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_gitlab_email_optional: crate::runtime::Nullable<bool>,
    /// `external_gitlab_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_gitlab_enabled: crate::runtime::Nullable<bool>,
    /// `external_gitlab_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_gitlab_secret: crate::runtime::Nullable<String>,
    /// `external_gitlab_url`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_gitlab_url: crate::runtime::Nullable<String>,
    /// `external_google_additional_client_ids`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_google_additional_client_ids: crate::runtime::Nullable<String>,
    /// `external_google_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_google_client_id: crate::runtime::Nullable<String>,
    /// `external_google_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_google_email_optional: crate::runtime::Nullable<bool>,
    /// `external_google_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_google_enabled: crate::runtime::Nullable<bool>,
    /// `external_google_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_google_secret: crate::runtime::Nullable<String>,
    /// `external_google_skip_nonce_check`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_google_skip_nonce_check: crate::runtime::Nullable<bool>,
    /// `external_kakao_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_kakao_client_id: crate::runtime::Nullable<String>,
    /// `external_kakao_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_kakao_email_optional: crate::runtime::Nullable<bool>,
    /// `external_kakao_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_kakao_enabled: crate::runtime::Nullable<bool>,
    /// `external_kakao_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_kakao_secret: crate::runtime::Nullable<String>,
    /// `external_keycloak_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_keycloak_client_id: crate::runtime::Nullable<String>,
    /// `external_keycloak_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_keycloak_email_optional: crate::runtime::Nullable<bool>,
    /// `external_keycloak_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_keycloak_enabled: crate::runtime::Nullable<bool>,
    /// `external_keycloak_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_keycloak_secret: crate::runtime::Nullable<String>,
    /// `external_keycloak_url`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_keycloak_url: crate::runtime::Nullable<String>,
    /// `external_linkedin_oidc_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_linkedin_oidc_client_id: crate::runtime::Nullable<String>,
    /// `external_linkedin_oidc_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_linkedin_oidc_email_optional: crate::runtime::Nullable<bool>,
    /// `external_linkedin_oidc_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_linkedin_oidc_enabled: crate::runtime::Nullable<bool>,
    /// `external_linkedin_oidc_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_linkedin_oidc_secret: crate::runtime::Nullable<String>,
    /// `external_notion_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_notion_client_id: crate::runtime::Nullable<String>,
    /// `external_notion_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_notion_email_optional: crate::runtime::Nullable<bool>,
    /// `external_notion_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_notion_enabled: crate::runtime::Nullable<bool>,
    /// `external_notion_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_notion_secret: crate::runtime::Nullable<String>,
    /// `external_phone_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_phone_enabled: crate::runtime::Nullable<bool>,
    /// `external_slack_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_slack_client_id: crate::runtime::Nullable<String>,
    /// `external_slack_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_slack_email_optional: crate::runtime::Nullable<bool>,
    /// `external_slack_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_slack_enabled: crate::runtime::Nullable<bool>,
    /// `external_slack_oidc_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_slack_oidc_client_id: crate::runtime::Nullable<String>,
    /// `external_slack_oidc_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_slack_oidc_email_optional: crate::runtime::Nullable<bool>,
    /// `external_slack_oidc_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_slack_oidc_enabled: crate::runtime::Nullable<bool>,
    /// `external_slack_oidc_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_slack_oidc_secret: crate::runtime::Nullable<String>,
    /// `external_slack_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_slack_secret: crate::runtime::Nullable<String>,
    /// `external_spotify_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_spotify_client_id: crate::runtime::Nullable<String>,
    /// `external_spotify_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_spotify_email_optional: crate::runtime::Nullable<bool>,
    /// `external_spotify_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_spotify_enabled: crate::runtime::Nullable<bool>,
    /// `external_spotify_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_spotify_secret: crate::runtime::Nullable<String>,
    /// `external_twitch_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_twitch_client_id: crate::runtime::Nullable<String>,
    /// `external_twitch_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_twitch_email_optional: crate::runtime::Nullable<bool>,
    /// `external_twitch_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_twitch_enabled: crate::runtime::Nullable<bool>,
    /// `external_twitch_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_twitch_secret: crate::runtime::Nullable<String>,
    /// `external_twitter_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_twitter_client_id: crate::runtime::Nullable<String>,
    /// `external_twitter_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_twitter_email_optional: crate::runtime::Nullable<bool>,
    /// `external_twitter_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_twitter_enabled: crate::runtime::Nullable<bool>,
    /// `external_twitter_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_twitter_secret: crate::runtime::Nullable<String>,
    /// `external_web3_ethereum_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_web3_ethereum_enabled: crate::runtime::Nullable<bool>,
    /// `external_web3_solana_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_web3_solana_enabled: crate::runtime::Nullable<bool>,
    /// `external_workos_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_workos_client_id: crate::runtime::Nullable<String>,
    /// `external_workos_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_workos_enabled: crate::runtime::Nullable<bool>,
    /// `external_workos_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_workos_secret: crate::runtime::Nullable<String>,
    /// `external_workos_url`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_workos_url: crate::runtime::Nullable<String>,
    /// `external_x_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_x_client_id: crate::runtime::Nullable<String>,
    /// `external_x_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_x_email_optional: crate::runtime::Nullable<bool>,
    /// `external_x_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_x_enabled: crate::runtime::Nullable<bool>,
    /// `external_x_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_x_secret: crate::runtime::Nullable<String>,
    /// `external_zoom_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_zoom_client_id: crate::runtime::Nullable<String>,
    /// `external_zoom_email_optional`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_zoom_email_optional: crate::runtime::Nullable<bool>,
    /// `external_zoom_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_zoom_enabled: crate::runtime::Nullable<bool>,
    /// `external_zoom_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub external_zoom_secret: crate::runtime::Nullable<String>,
    /// `hook_after_user_created_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_after_user_created_enabled: crate::runtime::Nullable<bool>,
    /// `hook_after_user_created_secrets`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_after_user_created_secrets: crate::runtime::Nullable<String>,
    /// `hook_after_user_created_uri`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_after_user_created_uri: crate::runtime::Nullable<String>,
    /// `hook_before_user_created_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_before_user_created_enabled: crate::runtime::Nullable<bool>,
    /// `hook_before_user_created_secrets`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_before_user_created_secrets: crate::runtime::Nullable<String>,
    /// `hook_before_user_created_uri`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_before_user_created_uri: crate::runtime::Nullable<String>,
    /// `hook_custom_access_token_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_custom_access_token_enabled: crate::runtime::Nullable<bool>,
    /// `hook_custom_access_token_secrets`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_custom_access_token_secrets: crate::runtime::Nullable<String>,
    /// `hook_custom_access_token_uri`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_custom_access_token_uri: crate::runtime::Nullable<String>,
    /// `hook_mfa_verification_attempt_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_mfa_verification_attempt_enabled: crate::runtime::Nullable<bool>,
    /// `hook_mfa_verification_attempt_secrets`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_mfa_verification_attempt_secrets: crate::runtime::Nullable<String>,
    /// `hook_mfa_verification_attempt_uri`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_mfa_verification_attempt_uri: crate::runtime::Nullable<String>,
    /// `hook_password_verification_attempt_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_password_verification_attempt_enabled: crate::runtime::Nullable<bool>,
    /// `hook_password_verification_attempt_secrets`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_password_verification_attempt_secrets: crate::runtime::Nullable<String>,
    /// `hook_password_verification_attempt_uri`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_password_verification_attempt_uri: crate::runtime::Nullable<String>,
    /// `hook_send_email_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_send_email_enabled: crate::runtime::Nullable<bool>,
    /// `hook_send_email_secrets`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_send_email_secrets: crate::runtime::Nullable<String>,
    /// `hook_send_email_uri`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_send_email_uri: crate::runtime::Nullable<String>,
    /// `hook_send_sms_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_send_sms_enabled: crate::runtime::Nullable<bool>,
    /// `hook_send_sms_secrets`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_send_sms_secrets: crate::runtime::Nullable<String>,
    /// `hook_send_sms_uri`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub hook_send_sms_uri: crate::runtime::Nullable<String>,
    /// `jwt_exp`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub jwt_exp: crate::runtime::Nullable<i64>,
    /// `mailer_allow_unverified_email_sign_ins`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_allow_unverified_email_sign_ins: crate::runtime::Nullable<bool>,
    /// `mailer_autoconfirm`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_autoconfirm: crate::runtime::Nullable<bool>,
    /// `mailer_notifications_email_changed_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_notifications_email_changed_enabled: crate::runtime::Nullable<bool>,
    /// `mailer_notifications_identity_linked_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_notifications_identity_linked_enabled: crate::runtime::Nullable<bool>,
    /// `mailer_notifications_identity_unlinked_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_notifications_identity_unlinked_enabled: crate::runtime::Nullable<bool>,
    /// `mailer_notifications_mfa_factor_enrolled_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_notifications_mfa_factor_enrolled_enabled: crate::runtime::Nullable<bool>,
    /// `mailer_notifications_mfa_factor_unenrolled_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_notifications_mfa_factor_unenrolled_enabled: crate::runtime::Nullable<
        bool,
    >,
    /// `mailer_notifications_password_changed_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_notifications_password_changed_enabled: crate::runtime::Nullable<bool>,
    /// `mailer_notifications_phone_changed_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_notifications_phone_changed_enabled: crate::runtime::Nullable<bool>,
    /// `mailer_otp_exp`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mailer_otp_exp: Option<i64>,
    /// `mailer_otp_length`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_otp_length: crate::runtime::Nullable<i64>,
    /// `mailer_secure_email_change_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_secure_email_change_enabled: crate::runtime::Nullable<bool>,
    /// `mailer_subjects_confirmation`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_subjects_confirmation: crate::runtime::Nullable<String>,
    /// `mailer_subjects_email_change`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_subjects_email_change: crate::runtime::Nullable<String>,
    /// `mailer_subjects_email_changed_notification`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_subjects_email_changed_notification: crate::runtime::Nullable<String>,
    /// `mailer_subjects_identity_linked_notification`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_subjects_identity_linked_notification: crate::runtime::Nullable<String>,
    /// `mailer_subjects_identity_unlinked_notification`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_subjects_identity_unlinked_notification: crate::runtime::Nullable<String>,
    /// `mailer_subjects_invite`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_subjects_invite: crate::runtime::Nullable<String>,
    /// `mailer_subjects_magic_link`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_subjects_magic_link: crate::runtime::Nullable<String>,
    /// `mailer_subjects_mfa_factor_enrolled_notification`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_subjects_mfa_factor_enrolled_notification: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_subjects_mfa_factor_unenrolled_notification`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_subjects_mfa_factor_unenrolled_notification: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_subjects_password_changed_notification`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_subjects_password_changed_notification: crate::runtime::Nullable<String>,
    /// `mailer_subjects_phone_changed_notification`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_subjects_phone_changed_notification: crate::runtime::Nullable<String>,
    /// `mailer_subjects_reauthentication`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_subjects_reauthentication: crate::runtime::Nullable<String>,
    /// `mailer_subjects_recovery`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_subjects_recovery: crate::runtime::Nullable<String>,
    /// `mailer_templates_confirmation_content`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_templates_confirmation_content: crate::runtime::Nullable<String>,
    /// `mailer_templates_email_change_content`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_templates_email_change_content: crate::runtime::Nullable<String>,
    /// `mailer_templates_email_changed_notification_content`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_templates_email_changed_notification_content: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_templates_identity_linked_notification_content`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_templates_identity_linked_notification_content: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_templates_identity_unlinked_notification_content`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_templates_identity_unlinked_notification_content: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_templates_invite_content`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_templates_invite_content: crate::runtime::Nullable<String>,
    /// `mailer_templates_magic_link_content`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_templates_magic_link_content: crate::runtime::Nullable<String>,
    /// `mailer_templates_mfa_factor_enrolled_notification_content`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_templates_mfa_factor_enrolled_notification_content: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_templates_mfa_factor_unenrolled_notification_content`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_templates_mfa_factor_unenrolled_notification_content: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_templates_password_changed_notification_content`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_templates_password_changed_notification_content: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_templates_phone_changed_notification_content`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_templates_phone_changed_notification_content: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_templates_reauthentication_content`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_templates_reauthentication_content: crate::runtime::Nullable<String>,
    /// `mailer_templates_recovery_content`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mailer_templates_recovery_content: crate::runtime::Nullable<String>,
    /// `mfa_max_enrolled_factors`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mfa_max_enrolled_factors: crate::runtime::Nullable<i64>,
    /// `mfa_phone_enroll_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mfa_phone_enroll_enabled: crate::runtime::Nullable<bool>,
    /// `mfa_phone_max_frequency`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mfa_phone_max_frequency: crate::runtime::Nullable<i64>,
    /// `mfa_phone_otp_length`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mfa_phone_otp_length: crate::runtime::Nullable<i64>,
    /// `mfa_phone_template`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mfa_phone_template: crate::runtime::Nullable<String>,
    /// `mfa_phone_verify_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mfa_phone_verify_enabled: crate::runtime::Nullable<bool>,
    /// `mfa_totp_enroll_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mfa_totp_enroll_enabled: crate::runtime::Nullable<bool>,
    /// `mfa_totp_verify_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mfa_totp_verify_enabled: crate::runtime::Nullable<bool>,
    /// `mfa_web_authn_enroll_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mfa_web_authn_enroll_enabled: crate::runtime::Nullable<bool>,
    /// `mfa_web_authn_verify_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub mfa_web_authn_verify_enabled: crate::runtime::Nullable<bool>,
    /// `nimbus_oauth_client_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub nimbus_oauth_client_id: crate::runtime::Nullable<String>,
    /// `nimbus_oauth_client_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub nimbus_oauth_client_secret: crate::runtime::Nullable<String>,
    /// `oauth_server_allow_dynamic_registration`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub oauth_server_allow_dynamic_registration: crate::runtime::Nullable<bool>,
    /// `oauth_server_authorization_path`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub oauth_server_authorization_path: crate::runtime::Nullable<String>,
    /// `oauth_server_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub oauth_server_enabled: crate::runtime::Nullable<bool>,
    /// `passkey_enabled`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passkey_enabled: Option<bool>,
    /// `password_hibp_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub password_hibp_enabled: crate::runtime::Nullable<bool>,
    /// `password_min_length`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub password_min_length: crate::runtime::Nullable<i64>,
    /// `password_required_characters`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub password_required_characters: crate::runtime::Nullable<
        UpdateAuthConfigBodyPasswordRequiredCharacters,
    >,
    /// `rate_limit_anonymous_users`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub rate_limit_anonymous_users: crate::runtime::Nullable<i64>,
    /// `rate_limit_email_sent`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub rate_limit_email_sent: crate::runtime::Nullable<i64>,
    /// `rate_limit_otp`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub rate_limit_otp: crate::runtime::Nullable<i64>,
    /// `rate_limit_sms_sent`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub rate_limit_sms_sent: crate::runtime::Nullable<i64>,
    /// `rate_limit_token_refresh`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub rate_limit_token_refresh: crate::runtime::Nullable<i64>,
    /// `rate_limit_verify`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub rate_limit_verify: crate::runtime::Nullable<i64>,
    /// `rate_limit_web3`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub rate_limit_web3: crate::runtime::Nullable<i64>,
    /// `refresh_token_rotation_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub refresh_token_rotation_enabled: crate::runtime::Nullable<bool>,
    /// `saml_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub saml_enabled: crate::runtime::Nullable<bool>,
    /// `saml_external_url`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub saml_external_url: crate::runtime::Nullable<String>,
    /// `security_captcha_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub security_captcha_enabled: crate::runtime::Nullable<bool>,
    /// `security_captcha_provider`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub security_captcha_provider: crate::runtime::Nullable<
        UpdateAuthConfigBodySecurityCaptchaProvider,
    >,
    /// `security_captcha_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub security_captcha_secret: crate::runtime::Nullable<String>,
    /// `security_manual_linking_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub security_manual_linking_enabled: crate::runtime::Nullable<bool>,
    /// `security_refresh_token_reuse_interval`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub security_refresh_token_reuse_interval: crate::runtime::Nullable<i64>,
    /// `security_sb_forwarded_for_enabled`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub security_sb_forwarded_for_enabled: crate::runtime::Nullable<bool>,
    /// `security_update_password_require_reauthentication`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub security_update_password_require_reauthentication: crate::runtime::Nullable<
        bool,
    >,
    /// `sessions_inactivity_timeout`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sessions_inactivity_timeout: crate::runtime::Nullable<f64>,
    /// `sessions_single_per_user`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sessions_single_per_user: crate::runtime::Nullable<bool>,
    /// `sessions_tags`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sessions_tags: crate::runtime::Nullable<String>,
    /// `sessions_timebox`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sessions_timebox: crate::runtime::Nullable<f64>,
    /// `site_url`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub site_url: crate::runtime::Nullable<String>,
    /// `sms_autoconfirm`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_autoconfirm: crate::runtime::Nullable<bool>,
    /// `sms_max_frequency`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_max_frequency: crate::runtime::Nullable<i64>,
    /// `sms_messagebird_access_key`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_messagebird_access_key: crate::runtime::Nullable<String>,
    /// `sms_messagebird_originator`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_messagebird_originator: crate::runtime::Nullable<String>,
    /// `sms_otp_exp`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_otp_exp: crate::runtime::Nullable<i64>,
    /// `sms_otp_length`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_otp_length: Option<i64>,
    /// `sms_provider`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_provider: crate::runtime::Nullable<UpdateAuthConfigBodySmsProvider>,
    /// `sms_template`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_template: crate::runtime::Nullable<String>,
    /// `sms_test_otp`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_test_otp: crate::runtime::Nullable<String>,
    /// `sms_test_otp_valid_until`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_test_otp_valid_until: crate::runtime::Nullable<String>,
    /// `sms_textlocal_api_key`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_textlocal_api_key: crate::runtime::Nullable<String>,
    /// `sms_textlocal_sender`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_textlocal_sender: crate::runtime::Nullable<String>,
    /// `sms_twilio_account_sid`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_twilio_account_sid: crate::runtime::Nullable<String>,
    /// `sms_twilio_auth_token`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_twilio_auth_token: crate::runtime::Nullable<String>,
    /// `sms_twilio_content_sid`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_twilio_content_sid: crate::runtime::Nullable<String>,
    /// `sms_twilio_message_service_sid`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_twilio_message_service_sid: crate::runtime::Nullable<String>,
    /// `sms_twilio_verify_account_sid`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_twilio_verify_account_sid: crate::runtime::Nullable<String>,
    /// `sms_twilio_verify_auth_token`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_twilio_verify_auth_token: crate::runtime::Nullable<String>,
    /// `sms_twilio_verify_message_service_sid`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_twilio_verify_message_service_sid: crate::runtime::Nullable<String>,
    /// `sms_vonage_api_key`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_vonage_api_key: crate::runtime::Nullable<String>,
    /// `sms_vonage_api_secret`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_vonage_api_secret: crate::runtime::Nullable<String>,
    /// `sms_vonage_from`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub sms_vonage_from: crate::runtime::Nullable<String>,
    /// `smtp_admin_email`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub smtp_admin_email: crate::runtime::Nullable<String>,
    /// `smtp_host`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub smtp_host: crate::runtime::Nullable<String>,
    /// `smtp_max_frequency`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub smtp_max_frequency: crate::runtime::Nullable<i64>,
    /// `smtp_pass`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub smtp_pass: crate::runtime::Nullable<String>,
    /// `smtp_port`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub smtp_port: crate::runtime::Nullable<String>,
    /// `smtp_sender_name`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub smtp_sender_name: crate::runtime::Nullable<String>,
    /// `smtp_user`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub smtp_user: crate::runtime::Nullable<String>,
    /// `uri_allow_list`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub uri_allow_list: crate::runtime::Nullable<String>,
    /// `webauthn_rp_display_name`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub webauthn_rp_display_name: crate::runtime::Nullable<String>,
    /// `webauthn_rp_id`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub webauthn_rp_id: crate::runtime::Nullable<String>,
    /// `webauthn_rp_origins`
    #[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]
    pub webauthn_rp_origins: crate::runtime::Nullable<String>,
}

impl<'de> Deserialize<'de> for UpdateAuthConfigBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for UpdateAuthConfigBody {
    const EXPECTING: &'static str = "struct UpdateAuthConfigBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_1: Option<Option<bool>> = None;
        let mut field_2: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_3: Option<
            crate::runtime::Nullable<UpdateAuthConfigBodyDbMaxPoolSizeUnit>,
        > = None;
        let mut field_4: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_5: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_6: Option<crate::runtime::Nullable<String>> = None;
        let mut field_7: Option<crate::runtime::Nullable<String>> = None;
        let mut field_8: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_9: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_10: Option<crate::runtime::Nullable<String>> = None;
        let mut field_11: Option<crate::runtime::Nullable<String>> = None;
        let mut field_12: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_13: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_14: Option<crate::runtime::Nullable<String>> = None;
        let mut field_15: Option<crate::runtime::Nullable<String>> = None;
        let mut field_16: Option<crate::runtime::Nullable<String>> = None;
        let mut field_17: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_18: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_19: Option<crate::runtime::Nullable<String>> = None;
        let mut field_20: Option<crate::runtime::Nullable<String>> = None;
        let mut field_21: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_22: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_23: Option<crate::runtime::Nullable<String>> = None;
        let mut field_24: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_25: Option<crate::runtime::Nullable<String>> = None;
        let mut field_26: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_27: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_28: Option<crate::runtime::Nullable<String>> = None;
        let mut field_29: Option<crate::runtime::Nullable<String>> = None;
        let mut field_30: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_31: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_32: Option<crate::runtime::Nullable<String>> = None;
        let mut field_33: Option<crate::runtime::Nullable<String>> = None;
        let mut field_34: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_35: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_36: Option<crate::runtime::Nullable<String>> = None;
        let mut field_37: Option<crate::runtime::Nullable<String>> = None;
        let mut field_38: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_39: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_40: Option<crate::runtime::Nullable<String>> = None;
        let mut field_41: Option<crate::runtime::Nullable<String>> = None;
        let mut field_42: Option<crate::runtime::Nullable<String>> = None;
        let mut field_43: Option<crate::runtime::Nullable<String>> = None;
        let mut field_44: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_45: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_46: Option<crate::runtime::Nullable<String>> = None;
        let mut field_47: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_48: Option<crate::runtime::Nullable<String>> = None;
        let mut field_49: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_50: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_51: Option<crate::runtime::Nullable<String>> = None;
        let mut field_52: Option<crate::runtime::Nullable<String>> = None;
        let mut field_53: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_54: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_55: Option<crate::runtime::Nullable<String>> = None;
        let mut field_56: Option<crate::runtime::Nullable<String>> = None;
        let mut field_57: Option<crate::runtime::Nullable<String>> = None;
        let mut field_58: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_59: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_60: Option<crate::runtime::Nullable<String>> = None;
        let mut field_61: Option<crate::runtime::Nullable<String>> = None;
        let mut field_62: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_63: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_64: Option<crate::runtime::Nullable<String>> = None;
        let mut field_65: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_66: Option<crate::runtime::Nullable<String>> = None;
        let mut field_67: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_68: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_69: Option<crate::runtime::Nullable<String>> = None;
        let mut field_70: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_71: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_72: Option<crate::runtime::Nullable<String>> = None;
        let mut field_73: Option<crate::runtime::Nullable<String>> = None;
        let mut field_74: Option<crate::runtime::Nullable<String>> = None;
        let mut field_75: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_76: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_77: Option<crate::runtime::Nullable<String>> = None;
        let mut field_78: Option<crate::runtime::Nullable<String>> = None;
        let mut field_79: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_80: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_81: Option<crate::runtime::Nullable<String>> = None;
        let mut field_82: Option<crate::runtime::Nullable<String>> = None;
        let mut field_83: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_84: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_85: Option<crate::runtime::Nullable<String>> = None;
        let mut field_86: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_87: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_88: Option<crate::runtime::Nullable<String>> = None;
        let mut field_89: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_90: Option<crate::runtime::Nullable<String>> = None;
        let mut field_91: Option<crate::runtime::Nullable<String>> = None;
        let mut field_92: Option<crate::runtime::Nullable<String>> = None;
        let mut field_93: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_94: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_95: Option<crate::runtime::Nullable<String>> = None;
        let mut field_96: Option<crate::runtime::Nullable<String>> = None;
        let mut field_97: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_98: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_99: Option<crate::runtime::Nullable<String>> = None;
        let mut field_100: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_101: Option<crate::runtime::Nullable<String>> = None;
        let mut field_102: Option<crate::runtime::Nullable<String>> = None;
        let mut field_103: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_104: Option<crate::runtime::Nullable<String>> = None;
        let mut field_105: Option<crate::runtime::Nullable<String>> = None;
        let mut field_106: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_107: Option<crate::runtime::Nullable<String>> = None;
        let mut field_108: Option<crate::runtime::Nullable<String>> = None;
        let mut field_109: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_110: Option<crate::runtime::Nullable<String>> = None;
        let mut field_111: Option<crate::runtime::Nullable<String>> = None;
        let mut field_112: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_113: Option<crate::runtime::Nullable<String>> = None;
        let mut field_114: Option<crate::runtime::Nullable<String>> = None;
        let mut field_115: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_116: Option<crate::runtime::Nullable<String>> = None;
        let mut field_117: Option<crate::runtime::Nullable<String>> = None;
        let mut field_118: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_119: Option<crate::runtime::Nullable<String>> = None;
        let mut field_120: Option<crate::runtime::Nullable<String>> = None;
        let mut field_121: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_122: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_123: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_124: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_125: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_126: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_127: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_128: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_129: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_130: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_131: Option<Option<i64>> = None;
        let mut field_132: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_133: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_134: Option<crate::runtime::Nullable<String>> = None;
        let mut field_135: Option<crate::runtime::Nullable<String>> = None;
        let mut field_136: Option<crate::runtime::Nullable<String>> = None;
        let mut field_137: Option<crate::runtime::Nullable<String>> = None;
        let mut field_138: Option<crate::runtime::Nullable<String>> = None;
        let mut field_139: Option<crate::runtime::Nullable<String>> = None;
        let mut field_140: Option<crate::runtime::Nullable<String>> = None;
        let mut field_141: Option<crate::runtime::Nullable<String>> = None;
        let mut field_142: Option<crate::runtime::Nullable<String>> = None;
        let mut field_143: Option<crate::runtime::Nullable<String>> = None;
        let mut field_144: Option<crate::runtime::Nullable<String>> = None;
        let mut field_145: Option<crate::runtime::Nullable<String>> = None;
        let mut field_146: Option<crate::runtime::Nullable<String>> = None;
        let mut field_147: Option<crate::runtime::Nullable<String>> = None;
        let mut field_148: Option<crate::runtime::Nullable<String>> = None;
        let mut field_149: Option<crate::runtime::Nullable<String>> = None;
        let mut field_150: Option<crate::runtime::Nullable<String>> = None;
        let mut field_151: Option<crate::runtime::Nullable<String>> = None;
        let mut field_152: Option<crate::runtime::Nullable<String>> = None;
        let mut field_153: Option<crate::runtime::Nullable<String>> = None;
        let mut field_154: Option<crate::runtime::Nullable<String>> = None;
        let mut field_155: Option<crate::runtime::Nullable<String>> = None;
        let mut field_156: Option<crate::runtime::Nullable<String>> = None;
        let mut field_157: Option<crate::runtime::Nullable<String>> = None;
        let mut field_158: Option<crate::runtime::Nullable<String>> = None;
        let mut field_159: Option<crate::runtime::Nullable<String>> = None;
        let mut field_160: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_161: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_162: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_163: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_164: Option<crate::runtime::Nullable<String>> = None;
        let mut field_165: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_166: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_167: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_168: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_169: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_170: Option<crate::runtime::Nullable<String>> = None;
        let mut field_171: Option<crate::runtime::Nullable<String>> = None;
        let mut field_172: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_173: Option<crate::runtime::Nullable<String>> = None;
        let mut field_174: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_175: Option<Option<bool>> = None;
        let mut field_176: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_177: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_178: Option<
            crate::runtime::Nullable<UpdateAuthConfigBodyPasswordRequiredCharacters>,
        > = None;
        let mut field_179: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_180: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_181: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_182: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_183: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_184: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_185: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_186: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_187: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_188: Option<crate::runtime::Nullable<String>> = None;
        let mut field_189: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_190: Option<
            crate::runtime::Nullable<UpdateAuthConfigBodySecurityCaptchaProvider>,
        > = None;
        let mut field_191: Option<crate::runtime::Nullable<String>> = None;
        let mut field_192: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_193: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_194: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_195: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_196: Option<crate::runtime::Nullable<f64>> = None;
        let mut field_197: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_198: Option<crate::runtime::Nullable<String>> = None;
        let mut field_199: Option<crate::runtime::Nullable<f64>> = None;
        let mut field_200: Option<crate::runtime::Nullable<String>> = None;
        let mut field_201: Option<crate::runtime::Nullable<bool>> = None;
        let mut field_202: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_203: Option<crate::runtime::Nullable<String>> = None;
        let mut field_204: Option<crate::runtime::Nullable<String>> = None;
        let mut field_205: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_206: Option<Option<i64>> = None;
        let mut field_207: Option<
            crate::runtime::Nullable<UpdateAuthConfigBodySmsProvider>,
        > = None;
        let mut field_208: Option<crate::runtime::Nullable<String>> = None;
        let mut field_209: Option<crate::runtime::Nullable<String>> = None;
        let mut field_210: Option<crate::runtime::Nullable<String>> = None;
        let mut field_211: Option<crate::runtime::Nullable<String>> = None;
        let mut field_212: Option<crate::runtime::Nullable<String>> = None;
        let mut field_213: Option<crate::runtime::Nullable<String>> = None;
        let mut field_214: Option<crate::runtime::Nullable<String>> = None;
        let mut field_215: Option<crate::runtime::Nullable<String>> = None;
        let mut field_216: Option<crate::runtime::Nullable<String>> = None;
        let mut field_217: Option<crate::runtime::Nullable<String>> = None;
        let mut field_218: Option<crate::runtime::Nullable<String>> = None;
        let mut field_219: Option<crate::runtime::Nullable<String>> = None;
        let mut field_220: Option<crate::runtime::Nullable<String>> = None;
        let mut field_221: Option<crate::runtime::Nullable<String>> = None;
        let mut field_222: Option<crate::runtime::Nullable<String>> = None;
        let mut field_223: Option<crate::runtime::Nullable<String>> = None;
        let mut field_224: Option<crate::runtime::Nullable<String>> = None;
        let mut field_225: Option<crate::runtime::Nullable<i64>> = None;
        let mut field_226: Option<crate::runtime::Nullable<String>> = None;
        let mut field_227: Option<crate::runtime::Nullable<String>> = None;
        let mut field_228: Option<crate::runtime::Nullable<String>> = None;
        let mut field_229: Option<crate::runtime::Nullable<String>> = None;
        let mut field_230: Option<crate::runtime::Nullable<String>> = None;
        let mut field_231: Option<crate::runtime::Nullable<String>> = None;
        let mut field_232: Option<crate::runtime::Nullable<String>> = None;
        let mut field_233: Option<crate::runtime::Nullable<String>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "api_max_request_duration" => map.fill(&mut field_0),
                "custom_oauth_enabled" => map.fill(&mut field_1),
                "db_max_pool_size" => map.fill(&mut field_2),
                "db_max_pool_size_unit" => map.fill(&mut field_3),
                "disable_signup" => map.fill(&mut field_4),
                "external_anonymous_users_enabled" => map.fill(&mut field_5),
                "external_apple_additional_client_ids" => map.fill(&mut field_6),
                "external_apple_client_id" => map.fill(&mut field_7),
                "external_apple_email_optional" => map.fill(&mut field_8),
                "external_apple_enabled" => map.fill(&mut field_9),
                "external_apple_secret" => map.fill(&mut field_10),
                "external_azure_client_id" => map.fill(&mut field_11),
                "external_azure_email_optional" => map.fill(&mut field_12),
                "external_azure_enabled" => map.fill(&mut field_13),
                "external_azure_secret" => map.fill(&mut field_14),
                "external_azure_url" => map.fill(&mut field_15),
                "external_bitbucket_client_id" => map.fill(&mut field_16),
                "external_bitbucket_email_optional" => map.fill(&mut field_17),
                "external_bitbucket_enabled" => map.fill(&mut field_18),
                "external_bitbucket_secret" => map.fill(&mut field_19),
                "external_discord_client_id" => map.fill(&mut field_20),
                "external_discord_email_optional" => map.fill(&mut field_21),
                "external_discord_enabled" => map.fill(&mut field_22),
                "external_discord_secret" => map.fill(&mut field_23),
                "external_email_enabled" => map.fill(&mut field_24),
                "external_facebook_client_id" => map.fill(&mut field_25),
                "external_facebook_email_optional" => map.fill(&mut field_26),
                "external_facebook_enabled" => map.fill(&mut field_27),
                "external_facebook_secret" => map.fill(&mut field_28),
                "external_figma_client_id" => map.fill(&mut field_29),
                "external_figma_email_optional" => map.fill(&mut field_30),
                "external_figma_enabled" => map.fill(&mut field_31),
                "external_figma_secret" => map.fill(&mut field_32),
                "external_github_client_id" => map.fill(&mut field_33),
                "external_github_email_optional" => map.fill(&mut field_34),
                "external_github_enabled" => map.fill(&mut field_35),
                "external_github_secret" => map.fill(&mut field_36),
                "external_gitlab_client_id" => map.fill(&mut field_37),
                "external_gitlab_email_optional" => map.fill(&mut field_38),
                "external_gitlab_enabled" => map.fill(&mut field_39),
                "external_gitlab_secret" => map.fill(&mut field_40),
                "external_gitlab_url" => map.fill(&mut field_41),
                "external_google_additional_client_ids" => map.fill(&mut field_42),
                "external_google_client_id" => map.fill(&mut field_43),
                "external_google_email_optional" => map.fill(&mut field_44),
                "external_google_enabled" => map.fill(&mut field_45),
                "external_google_secret" => map.fill(&mut field_46),
                "external_google_skip_nonce_check" => map.fill(&mut field_47),
                "external_kakao_client_id" => map.fill(&mut field_48),
                "external_kakao_email_optional" => map.fill(&mut field_49),
                "external_kakao_enabled" => map.fill(&mut field_50),
                "external_kakao_secret" => map.fill(&mut field_51),
                "external_keycloak_client_id" => map.fill(&mut field_52),
                "external_keycloak_email_optional" => map.fill(&mut field_53),
                "external_keycloak_enabled" => map.fill(&mut field_54),
                "external_keycloak_secret" => map.fill(&mut field_55),
                "external_keycloak_url" => map.fill(&mut field_56),
                "external_linkedin_oidc_client_id" => map.fill(&mut field_57),
                "external_linkedin_oidc_email_optional" => map.fill(&mut field_58),
                "external_linkedin_oidc_enabled" => map.fill(&mut field_59),
                "external_linkedin_oidc_secret" => map.fill(&mut field_60),
                "external_notion_client_id" => map.fill(&mut field_61),
                "external_notion_email_optional" => map.fill(&mut field_62),
                "external_notion_enabled" => map.fill(&mut field_63),
                "external_notion_secret" => map.fill(&mut field_64),
                "external_phone_enabled" => map.fill(&mut field_65),
                "external_slack_client_id" => map.fill(&mut field_66),
                "external_slack_email_optional" => map.fill(&mut field_67),
                "external_slack_enabled" => map.fill(&mut field_68),
                "external_slack_oidc_client_id" => map.fill(&mut field_69),
                "external_slack_oidc_email_optional" => map.fill(&mut field_70),
                "external_slack_oidc_enabled" => map.fill(&mut field_71),
                "external_slack_oidc_secret" => map.fill(&mut field_72),
                "external_slack_secret" => map.fill(&mut field_73),
                "external_spotify_client_id" => map.fill(&mut field_74),
                "external_spotify_email_optional" => map.fill(&mut field_75),
                "external_spotify_enabled" => map.fill(&mut field_76),
                "external_spotify_secret" => map.fill(&mut field_77),
                "external_twitch_client_id" => map.fill(&mut field_78),
                "external_twitch_email_optional" => map.fill(&mut field_79),
                "external_twitch_enabled" => map.fill(&mut field_80),
                "external_twitch_secret" => map.fill(&mut field_81),
                "external_twitter_client_id" => map.fill(&mut field_82),
                "external_twitter_email_optional" => map.fill(&mut field_83),
                "external_twitter_enabled" => map.fill(&mut field_84),
                "external_twitter_secret" => map.fill(&mut field_85),
                "external_web3_ethereum_enabled" => map.fill(&mut field_86),
                "external_web3_solana_enabled" => map.fill(&mut field_87),
                "external_workos_client_id" => map.fill(&mut field_88),
                "external_workos_enabled" => map.fill(&mut field_89),
                "external_workos_secret" => map.fill(&mut field_90),
                "external_workos_url" => map.fill(&mut field_91),
                "external_x_client_id" => map.fill(&mut field_92),
                "external_x_email_optional" => map.fill(&mut field_93),
                "external_x_enabled" => map.fill(&mut field_94),
                "external_x_secret" => map.fill(&mut field_95),
                "external_zoom_client_id" => map.fill(&mut field_96),
                "external_zoom_email_optional" => map.fill(&mut field_97),
                "external_zoom_enabled" => map.fill(&mut field_98),
                "external_zoom_secret" => map.fill(&mut field_99),
                "hook_after_user_created_enabled" => map.fill(&mut field_100),
                "hook_after_user_created_secrets" => map.fill(&mut field_101),
                "hook_after_user_created_uri" => map.fill(&mut field_102),
                "hook_before_user_created_enabled" => map.fill(&mut field_103),
                "hook_before_user_created_secrets" => map.fill(&mut field_104),
                "hook_before_user_created_uri" => map.fill(&mut field_105),
                "hook_custom_access_token_enabled" => map.fill(&mut field_106),
                "hook_custom_access_token_secrets" => map.fill(&mut field_107),
                "hook_custom_access_token_uri" => map.fill(&mut field_108),
                "hook_mfa_verification_attempt_enabled" => map.fill(&mut field_109),
                "hook_mfa_verification_attempt_secrets" => map.fill(&mut field_110),
                "hook_mfa_verification_attempt_uri" => map.fill(&mut field_111),
                "hook_password_verification_attempt_enabled" => map.fill(&mut field_112),
                "hook_password_verification_attempt_secrets" => map.fill(&mut field_113),
                "hook_password_verification_attempt_uri" => map.fill(&mut field_114),
                "hook_send_email_enabled" => map.fill(&mut field_115),
                "hook_send_email_secrets" => map.fill(&mut field_116),
                "hook_send_email_uri" => map.fill(&mut field_117),
                "hook_send_sms_enabled" => map.fill(&mut field_118),
                "hook_send_sms_secrets" => map.fill(&mut field_119),
                "hook_send_sms_uri" => map.fill(&mut field_120),
                "jwt_exp" => map.fill(&mut field_121),
                "mailer_allow_unverified_email_sign_ins" => map.fill(&mut field_122),
                "mailer_autoconfirm" => map.fill(&mut field_123),
                "mailer_notifications_email_changed_enabled" => map.fill(&mut field_124),
                "mailer_notifications_identity_linked_enabled" => {
                    map.fill(&mut field_125)
                }
                "mailer_notifications_identity_unlinked_enabled" => {
                    map.fill(&mut field_126)
                }
                "mailer_notifications_mfa_factor_enrolled_enabled" => {
                    map.fill(&mut field_127)
                }
                "mailer_notifications_mfa_factor_unenrolled_enabled" => {
                    map.fill(&mut field_128)
                }
                "mailer_notifications_password_changed_enabled" => {
                    map.fill(&mut field_129)
                }
                "mailer_notifications_phone_changed_enabled" => map.fill(&mut field_130),
                "mailer_otp_exp" => map.fill(&mut field_131),
                "mailer_otp_length" => map.fill(&mut field_132),
                "mailer_secure_email_change_enabled" => map.fill(&mut field_133),
                "mailer_subjects_confirmation" => map.fill(&mut field_134),
                "mailer_subjects_email_change" => map.fill(&mut field_135),
                "mailer_subjects_email_changed_notification" => map.fill(&mut field_136),
                "mailer_subjects_identity_linked_notification" => {
                    map.fill(&mut field_137)
                }
                "mailer_subjects_identity_unlinked_notification" => {
                    map.fill(&mut field_138)
                }
                "mailer_subjects_invite" => map.fill(&mut field_139),
                "mailer_subjects_magic_link" => map.fill(&mut field_140),
                "mailer_subjects_mfa_factor_enrolled_notification" => {
                    map.fill(&mut field_141)
                }
                "mailer_subjects_mfa_factor_unenrolled_notification" => {
                    map.fill(&mut field_142)
                }
                "mailer_subjects_password_changed_notification" => {
                    map.fill(&mut field_143)
                }
                "mailer_subjects_phone_changed_notification" => map.fill(&mut field_144),
                "mailer_subjects_reauthentication" => map.fill(&mut field_145),
                "mailer_subjects_recovery" => map.fill(&mut field_146),
                "mailer_templates_confirmation_content" => map.fill(&mut field_147),
                "mailer_templates_email_change_content" => map.fill(&mut field_148),
                "mailer_templates_email_changed_notification_content" => {
                    map.fill(&mut field_149)
                }
                "mailer_templates_identity_linked_notification_content" => {
                    map.fill(&mut field_150)
                }
                "mailer_templates_identity_unlinked_notification_content" => {
                    map.fill(&mut field_151)
                }
                "mailer_templates_invite_content" => map.fill(&mut field_152),
                "mailer_templates_magic_link_content" => map.fill(&mut field_153),
                "mailer_templates_mfa_factor_enrolled_notification_content" => {
                    map.fill(&mut field_154)
                }
                "mailer_templates_mfa_factor_unenrolled_notification_content" => {
                    map.fill(&mut field_155)
                }
                "mailer_templates_password_changed_notification_content" => {
                    map.fill(&mut field_156)
                }
                "mailer_templates_phone_changed_notification_content" => {
                    map.fill(&mut field_157)
                }
                "mailer_templates_reauthentication_content" => map.fill(&mut field_158),
                "mailer_templates_recovery_content" => map.fill(&mut field_159),
                "mfa_max_enrolled_factors" => map.fill(&mut field_160),
                "mfa_phone_enroll_enabled" => map.fill(&mut field_161),
                "mfa_phone_max_frequency" => map.fill(&mut field_162),
                "mfa_phone_otp_length" => map.fill(&mut field_163),
                "mfa_phone_template" => map.fill(&mut field_164),
                "mfa_phone_verify_enabled" => map.fill(&mut field_165),
                "mfa_totp_enroll_enabled" => map.fill(&mut field_166),
                "mfa_totp_verify_enabled" => map.fill(&mut field_167),
                "mfa_web_authn_enroll_enabled" => map.fill(&mut field_168),
                "mfa_web_authn_verify_enabled" => map.fill(&mut field_169),
                "nimbus_oauth_client_id" => map.fill(&mut field_170),
                "nimbus_oauth_client_secret" => map.fill(&mut field_171),
                "oauth_server_allow_dynamic_registration" => map.fill(&mut field_172),
                "oauth_server_authorization_path" => map.fill(&mut field_173),
                "oauth_server_enabled" => map.fill(&mut field_174),
                "passkey_enabled" => map.fill(&mut field_175),
                "password_hibp_enabled" => map.fill(&mut field_176),
                "password_min_length" => map.fill(&mut field_177),
                "password_required_characters" => map.fill(&mut field_178),
                "rate_limit_anonymous_users" => map.fill(&mut field_179),
                "rate_limit_email_sent" => map.fill(&mut field_180),
                "rate_limit_otp" => map.fill(&mut field_181),
                "rate_limit_sms_sent" => map.fill(&mut field_182),
                "rate_limit_token_refresh" => map.fill(&mut field_183),
                "rate_limit_verify" => map.fill(&mut field_184),
                "rate_limit_web3" => map.fill(&mut field_185),
                "refresh_token_rotation_enabled" => map.fill(&mut field_186),
                "saml_enabled" => map.fill(&mut field_187),
                "saml_external_url" => map.fill(&mut field_188),
                "security_captcha_enabled" => map.fill(&mut field_189),
                "security_captcha_provider" => map.fill(&mut field_190),
                "security_captcha_secret" => map.fill(&mut field_191),
                "security_manual_linking_enabled" => map.fill(&mut field_192),
                "security_refresh_token_reuse_interval" => map.fill(&mut field_193),
                "security_sb_forwarded_for_enabled" => map.fill(&mut field_194),
                "security_update_password_require_reauthentication" => {
                    map.fill(&mut field_195)
                }
                "sessions_inactivity_timeout" => map.fill(&mut field_196),
                "sessions_single_per_user" => map.fill(&mut field_197),
                "sessions_tags" => map.fill(&mut field_198),
                "sessions_timebox" => map.fill(&mut field_199),
                "site_url" => map.fill(&mut field_200),
                "sms_autoconfirm" => map.fill(&mut field_201),
                "sms_max_frequency" => map.fill(&mut field_202),
                "sms_messagebird_access_key" => map.fill(&mut field_203),
                "sms_messagebird_originator" => map.fill(&mut field_204),
                "sms_otp_exp" => map.fill(&mut field_205),
                "sms_otp_length" => map.fill(&mut field_206),
                "sms_provider" => map.fill(&mut field_207),
                "sms_template" => map.fill(&mut field_208),
                "sms_test_otp" => map.fill(&mut field_209),
                "sms_test_otp_valid_until" => map.fill(&mut field_210),
                "sms_textlocal_api_key" => map.fill(&mut field_211),
                "sms_textlocal_sender" => map.fill(&mut field_212),
                "sms_twilio_account_sid" => map.fill(&mut field_213),
                "sms_twilio_auth_token" => map.fill(&mut field_214),
                "sms_twilio_content_sid" => map.fill(&mut field_215),
                "sms_twilio_message_service_sid" => map.fill(&mut field_216),
                "sms_twilio_verify_account_sid" => map.fill(&mut field_217),
                "sms_twilio_verify_auth_token" => map.fill(&mut field_218),
                "sms_twilio_verify_message_service_sid" => map.fill(&mut field_219),
                "sms_vonage_api_key" => map.fill(&mut field_220),
                "sms_vonage_api_secret" => map.fill(&mut field_221),
                "sms_vonage_from" => map.fill(&mut field_222),
                "smtp_admin_email" => map.fill(&mut field_223),
                "smtp_host" => map.fill(&mut field_224),
                "smtp_max_frequency" => map.fill(&mut field_225),
                "smtp_pass" => map.fill(&mut field_226),
                "smtp_port" => map.fill(&mut field_227),
                "smtp_sender_name" => map.fill(&mut field_228),
                "smtp_user" => map.fill(&mut field_229),
                "uri_allow_list" => map.fill(&mut field_230),
                "webauthn_rp_display_name" => map.fill(&mut field_231),
                "webauthn_rp_id" => map.fill(&mut field_232),
                "webauthn_rp_origins" => map.fill(&mut field_233),
                _ => map.skip(),
            };
            read?;
        }
        Ok(UpdateAuthConfigBody {
            api_max_request_duration: field_0
                .unwrap_or(crate::runtime::Nullable::Absent),
            custom_oauth_enabled: Option::flatten(field_1),
            db_max_pool_size: field_2.unwrap_or(crate::runtime::Nullable::Absent),
            db_max_pool_size_unit: field_3.unwrap_or(crate::runtime::Nullable::Absent),
            disable_signup: field_4.unwrap_or(crate::runtime::Nullable::Absent),
            external_anonymous_users_enabled: field_5
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_apple_additional_client_ids: field_6
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_apple_client_id: field_7
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_apple_email_optional: field_8
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_apple_enabled: field_9.unwrap_or(crate::runtime::Nullable::Absent),
            external_apple_secret: field_10.unwrap_or(crate::runtime::Nullable::Absent),
            external_azure_client_id: field_11
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_azure_email_optional: field_12
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_azure_enabled: field_13.unwrap_or(crate::runtime::Nullable::Absent),
            external_azure_secret: field_14.unwrap_or(crate::runtime::Nullable::Absent),
            external_azure_url: field_15.unwrap_or(crate::runtime::Nullable::Absent),
            external_bitbucket_client_id: field_16
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_bitbucket_email_optional: field_17
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_bitbucket_enabled: field_18
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_bitbucket_secret: field_19
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_discord_client_id: field_20
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_discord_email_optional: field_21
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_discord_enabled: field_22
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_discord_secret: field_23
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_email_enabled: field_24.unwrap_or(crate::runtime::Nullable::Absent),
            external_facebook_client_id: field_25
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_facebook_email_optional: field_26
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_facebook_enabled: field_27
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_facebook_secret: field_28
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_figma_client_id: field_29
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_figma_email_optional: field_30
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_figma_enabled: field_31.unwrap_or(crate::runtime::Nullable::Absent),
            external_figma_secret: field_32.unwrap_or(crate::runtime::Nullable::Absent),
            external_github_client_id: field_33
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_github_email_optional: field_34
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_github_enabled: field_35
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_github_secret: field_36.unwrap_or(crate::runtime::Nullable::Absent),
            external_gitlab_client_id: field_37
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_gitlab_email_optional: field_38
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_gitlab_enabled: field_39
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_gitlab_secret: field_40.unwrap_or(crate::runtime::Nullable::Absent),
            external_gitlab_url: field_41.unwrap_or(crate::runtime::Nullable::Absent),
            external_google_additional_client_ids: field_42
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_google_client_id: field_43
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_google_email_optional: field_44
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_google_enabled: field_45
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_google_secret: field_46.unwrap_or(crate::runtime::Nullable::Absent),
            external_google_skip_nonce_check: field_47
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_kakao_client_id: field_48
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_kakao_email_optional: field_49
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_kakao_enabled: field_50.unwrap_or(crate::runtime::Nullable::Absent),
            external_kakao_secret: field_51.unwrap_or(crate::runtime::Nullable::Absent),
            external_keycloak_client_id: field_52
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_keycloak_email_optional: field_53
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_keycloak_enabled: field_54
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_keycloak_secret: field_55
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_keycloak_url: field_56.unwrap_or(crate::runtime::Nullable::Absent),
            external_linkedin_oidc_client_id: field_57
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_linkedin_oidc_email_optional: field_58
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_linkedin_oidc_enabled: field_59
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_linkedin_oidc_secret: field_60
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_notion_client_id: field_61
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_notion_email_optional: field_62
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_notion_enabled: field_63
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_notion_secret: field_64.unwrap_or(crate::runtime::Nullable::Absent),
            external_phone_enabled: field_65.unwrap_or(crate::runtime::Nullable::Absent),
            external_slack_client_id: field_66
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_slack_email_optional: field_67
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_slack_enabled: field_68.unwrap_or(crate::runtime::Nullable::Absent),
            external_slack_oidc_client_id: field_69
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_slack_oidc_email_optional: field_70
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_slack_oidc_enabled: field_71
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_slack_oidc_secret: field_72
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_slack_secret: field_73.unwrap_or(crate::runtime::Nullable::Absent),
            external_spotify_client_id: field_74
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_spotify_email_optional: field_75
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_spotify_enabled: field_76
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_spotify_secret: field_77
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_twitch_client_id: field_78
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_twitch_email_optional: field_79
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_twitch_enabled: field_80
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_twitch_secret: field_81.unwrap_or(crate::runtime::Nullable::Absent),
            external_twitter_client_id: field_82
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_twitter_email_optional: field_83
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_twitter_enabled: field_84
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_twitter_secret: field_85
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_web3_ethereum_enabled: field_86
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_web3_solana_enabled: field_87
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_workos_client_id: field_88
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_workos_enabled: field_89
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_workos_secret: field_90.unwrap_or(crate::runtime::Nullable::Absent),
            external_workos_url: field_91.unwrap_or(crate::runtime::Nullable::Absent),
            external_x_client_id: field_92.unwrap_or(crate::runtime::Nullable::Absent),
            external_x_email_optional: field_93
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_x_enabled: field_94.unwrap_or(crate::runtime::Nullable::Absent),
            external_x_secret: field_95.unwrap_or(crate::runtime::Nullable::Absent),
            external_zoom_client_id: field_96
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_zoom_email_optional: field_97
                .unwrap_or(crate::runtime::Nullable::Absent),
            external_zoom_enabled: field_98.unwrap_or(crate::runtime::Nullable::Absent),
            external_zoom_secret: field_99.unwrap_or(crate::runtime::Nullable::Absent),
            hook_after_user_created_enabled: field_100
                .unwrap_or(crate::runtime::Nullable::Absent),
            hook_after_user_created_secrets: field_101
                .unwrap_or(crate::runtime::Nullable::Absent),
            hook_after_user_created_uri: field_102
                .unwrap_or(crate::runtime::Nullable::Absent),
            hook_before_user_created_enabled: field_103
                .unwrap_or(crate::runtime::Nullable::Absent),
            hook_before_user_created_secrets: field_104
                .unwrap_or(crate::runtime::Nullable::Absent),
            hook_before_user_created_uri: field_105
                .unwrap_or(crate::runtime::Nullable::Absent),
            hook_custom_access_token_enabled: field_106
                .unwrap_or(crate::runtime::Nullable::Absent),
            hook_custom_access_token_secrets: field_107
                .unwrap_or(crate::runtime::Nullable::Absent),
            hook_custom_access_token_uri: field_108
                .unwrap_or(crate::runtime::Nullable::Absent),
            hook_mfa_verification_attempt_enabled: field_109
                .unwrap_or(crate::runtime::Nullable::Absent),
            hook_mfa_verification_attempt_secrets: field_110
                .unwrap_or(crate::runtime::Nullable::Absent),
            hook_mfa_verification_attempt_uri: field_111
                .unwrap_or(crate::runtime::Nullable::Absent),
            hook_password_verification_attempt_enabled: field_112
                .unwrap_or(crate::runtime::Nullable::Absent),
            hook_password_verification_attempt_secrets: field_113
                .unwrap_or(crate::runtime::Nullable::Absent),
            hook_password_verification_attempt_uri: field_114
                .unwrap_or(crate::runtime::Nullable::Absent),
            hook_send_email_enabled: field_115
                .unwrap_or(crate::runtime::Nullable::Absent),
            hook_send_email_secrets: field_116
                .unwrap_or(crate::runtime::Nullable::Absent),
            hook_send_email_uri: field_117.unwrap_or(crate::runtime::Nullable::Absent),
            hook_send_sms_enabled: field_118.unwrap_or(crate::runtime::Nullable::Absent),
            hook_send_sms_secrets: field_119.unwrap_or(crate::runtime::Nullable::Absent),
            hook_send_sms_uri: field_120.unwrap_or(crate::runtime::Nullable::Absent),
            jwt_exp: field_121.unwrap_or(crate::runtime::Nullable::Absent),
            mailer_allow_unverified_email_sign_ins: field_122
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_autoconfirm: field_123.unwrap_or(crate::runtime::Nullable::Absent),
            mailer_notifications_email_changed_enabled: field_124
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_notifications_identity_linked_enabled: field_125
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_notifications_identity_unlinked_enabled: field_126
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_notifications_mfa_factor_enrolled_enabled: field_127
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_notifications_mfa_factor_unenrolled_enabled: field_128
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_notifications_password_changed_enabled: field_129
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_notifications_phone_changed_enabled: field_130
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_otp_exp: Option::flatten(field_131),
            mailer_otp_length: field_132.unwrap_or(crate::runtime::Nullable::Absent),
            mailer_secure_email_change_enabled: field_133
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_subjects_confirmation: field_134
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_subjects_email_change: field_135
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_subjects_email_changed_notification: field_136
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_subjects_identity_linked_notification: field_137
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_subjects_identity_unlinked_notification: field_138
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_subjects_invite: field_139
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_subjects_magic_link: field_140
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_subjects_mfa_factor_enrolled_notification: field_141
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_subjects_mfa_factor_unenrolled_notification: field_142
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_subjects_password_changed_notification: field_143
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_subjects_phone_changed_notification: field_144
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_subjects_reauthentication: field_145
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_subjects_recovery: field_146
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_templates_confirmation_content: field_147
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_templates_email_change_content: field_148
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_templates_email_changed_notification_content: field_149
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_templates_identity_linked_notification_content: field_150
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_templates_identity_unlinked_notification_content: field_151
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_templates_invite_content: field_152
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_templates_magic_link_content: field_153
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_templates_mfa_factor_enrolled_notification_content: field_154
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_templates_mfa_factor_unenrolled_notification_content: field_155
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_templates_password_changed_notification_content: field_156
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_templates_phone_changed_notification_content: field_157
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_templates_reauthentication_content: field_158
                .unwrap_or(crate::runtime::Nullable::Absent),
            mailer_templates_recovery_content: field_159
                .unwrap_or(crate::runtime::Nullable::Absent),
            mfa_max_enrolled_factors: field_160
                .unwrap_or(crate::runtime::Nullable::Absent),
            mfa_phone_enroll_enabled: field_161
                .unwrap_or(crate::runtime::Nullable::Absent),
            mfa_phone_max_frequency: field_162
                .unwrap_or(crate::runtime::Nullable::Absent),
            mfa_phone_otp_length: field_163.unwrap_or(crate::runtime::Nullable::Absent),
            mfa_phone_template: field_164.unwrap_or(crate::runtime::Nullable::Absent),
            mfa_phone_verify_enabled: field_165
                .unwrap_or(crate::runtime::Nullable::Absent),
            mfa_totp_enroll_enabled: field_166
                .unwrap_or(crate::runtime::Nullable::Absent),
            mfa_totp_verify_enabled: field_167
                .unwrap_or(crate::runtime::Nullable::Absent),
            mfa_web_authn_enroll_enabled: field_168
                .unwrap_or(crate::runtime::Nullable::Absent),
            mfa_web_authn_verify_enabled: field_169
                .unwrap_or(crate::runtime::Nullable::Absent),
            nimbus_oauth_client_id: field_170
                .unwrap_or(crate::runtime::Nullable::Absent),
            nimbus_oauth_client_secret: field_171
                .unwrap_or(crate::runtime::Nullable::Absent),
            oauth_server_allow_dynamic_registration: field_172
                .unwrap_or(crate::runtime::Nullable::Absent),
            oauth_server_authorization_path: field_173
                .unwrap_or(crate::runtime::Nullable::Absent),
            oauth_server_enabled: field_174.unwrap_or(crate::runtime::Nullable::Absent),
            passkey_enabled: Option::flatten(field_175),
            password_hibp_enabled: field_176.unwrap_or(crate::runtime::Nullable::Absent),
            password_min_length: field_177.unwrap_or(crate::runtime::Nullable::Absent),
            password_required_characters: field_178
                .unwrap_or(crate::runtime::Nullable::Absent),
            rate_limit_anonymous_users: field_179
                .unwrap_or(crate::runtime::Nullable::Absent),
            rate_limit_email_sent: field_180.unwrap_or(crate::runtime::Nullable::Absent),
            rate_limit_otp: field_181.unwrap_or(crate::runtime::Nullable::Absent),
            rate_limit_sms_sent: field_182.unwrap_or(crate::runtime::Nullable::Absent),
            rate_limit_token_refresh: field_183
                .unwrap_or(crate::runtime::Nullable::Absent),
            rate_limit_verify: field_184.unwrap_or(crate::runtime::Nullable::Absent),
            rate_limit_web3: field_185.unwrap_or(crate::runtime::Nullable::Absent),
            refresh_token_rotation_enabled: field_186
                .unwrap_or(crate::runtime::Nullable::Absent),
            saml_enabled: field_187.unwrap_or(crate::runtime::Nullable::Absent),
            saml_external_url: field_188.unwrap_or(crate::runtime::Nullable::Absent),
            security_captcha_enabled: field_189
                .unwrap_or(crate::runtime::Nullable::Absent),
            security_captcha_provider: field_190
                .unwrap_or(crate::runtime::Nullable::Absent),
            security_captcha_secret: field_191
                .unwrap_or(crate::runtime::Nullable::Absent),
            security_manual_linking_enabled: field_192
                .unwrap_or(crate::runtime::Nullable::Absent),
            security_refresh_token_reuse_interval: field_193
                .unwrap_or(crate::runtime::Nullable::Absent),
            security_sb_forwarded_for_enabled: field_194
                .unwrap_or(crate::runtime::Nullable::Absent),
            security_update_password_require_reauthentication: field_195
                .unwrap_or(crate::runtime::Nullable::Absent),
            sessions_inactivity_timeout: field_196
                .unwrap_or(crate::runtime::Nullable::Absent),
            sessions_single_per_user: field_197
                .unwrap_or(crate::runtime::Nullable::Absent),
            sessions_tags: field_198.unwrap_or(crate::runtime::Nullable::Absent),
            sessions_timebox: field_199.unwrap_or(crate::runtime::Nullable::Absent),
            site_url: field_200.unwrap_or(crate::runtime::Nullable::Absent),
            sms_autoconfirm: field_201.unwrap_or(crate::runtime::Nullable::Absent),
            sms_max_frequency: field_202.unwrap_or(crate::runtime::Nullable::Absent),
            sms_messagebird_access_key: field_203
                .unwrap_or(crate::runtime::Nullable::Absent),
            sms_messagebird_originator: field_204
                .unwrap_or(crate::runtime::Nullable::Absent),
            sms_otp_exp: field_205.unwrap_or(crate::runtime::Nullable::Absent),
            sms_otp_length: Option::flatten(field_206),
            sms_provider: field_207.unwrap_or(crate::runtime::Nullable::Absent),
            sms_template: field_208.unwrap_or(crate::runtime::Nullable::Absent),
            sms_test_otp: field_209.unwrap_or(crate::runtime::Nullable::Absent),
            sms_test_otp_valid_until: field_210
                .unwrap_or(crate::runtime::Nullable::Absent),
            sms_textlocal_api_key: field_211.unwrap_or(crate::runtime::Nullable::Absent),
            sms_textlocal_sender: field_212.unwrap_or(crate::runtime::Nullable::Absent),
            sms_twilio_account_sid: field_213
                .unwrap_or(crate::runtime::Nullable::Absent),
            sms_twilio_auth_token: field_214.unwrap_or(crate::runtime::Nullable::Absent),
            sms_twilio_content_sid: field_215
                .unwrap_or(crate::runtime::Nullable::Absent),
            sms_twilio_message_service_sid: field_216
                .unwrap_or(crate::runtime::Nullable::Absent),
            sms_twilio_verify_account_sid: field_217
                .unwrap_or(crate::runtime::Nullable::Absent),
            sms_twilio_verify_auth_token: field_218
                .unwrap_or(crate::runtime::Nullable::Absent),
            sms_twilio_verify_message_service_sid: field_219
                .unwrap_or(crate::runtime::Nullable::Absent),
            sms_vonage_api_key: field_220.unwrap_or(crate::runtime::Nullable::Absent),
            sms_vonage_api_secret: field_221.unwrap_or(crate::runtime::Nullable::Absent),
            sms_vonage_from: field_222.unwrap_or(crate::runtime::Nullable::Absent),
            smtp_admin_email: field_223.unwrap_or(crate::runtime::Nullable::Absent),
            smtp_host: field_224.unwrap_or(crate::runtime::Nullable::Absent),
            smtp_max_frequency: field_225.unwrap_or(crate::runtime::Nullable::Absent),
            smtp_pass: field_226.unwrap_or(crate::runtime::Nullable::Absent),
            smtp_port: field_227.unwrap_or(crate::runtime::Nullable::Absent),
            smtp_sender_name: field_228.unwrap_or(crate::runtime::Nullable::Absent),
            smtp_user: field_229.unwrap_or(crate::runtime::Nullable::Absent),
            uri_allow_list: field_230.unwrap_or(crate::runtime::Nullable::Absent),
            webauthn_rp_display_name: field_231
                .unwrap_or(crate::runtime::Nullable::Absent),
            webauthn_rp_id: field_232.unwrap_or(crate::runtime::Nullable::Absent),
            webauthn_rp_origins: field_233.unwrap_or(crate::runtime::Nullable::Absent),
        })
    }
}

/// `UpdateAuthConfigBodyDbMaxPoolSizeUnit`
///
/// Schema: `#/components/schemas/UpdateAuthConfigBody/properties/db_max_pool_size_unit`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateAuthConfigBodyDbMaxPoolSizeUnit {
    /// `connections`
    Connections,
    /// `percent`
    Percent,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl UpdateAuthConfigBodyDbMaxPoolSizeUnit {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Connections => "connections",
            Self::Percent => "percent",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateAuthConfigBodyDbMaxPoolSizeUnit {
    fn from(value: &str) -> Self {
        match value {
            "connections" => Self::Connections,
            "percent" => Self::Percent,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for UpdateAuthConfigBodyDbMaxPoolSizeUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateAuthConfigBodyDbMaxPoolSizeUnit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateAuthConfigBodyDbMaxPoolSizeUnit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `UpdateAuthConfigBodyPasswordRequiredCharacters`
///
/// Schema: `#/components/schemas/UpdateAuthConfigBody/properties/password_required_characters`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateAuthConfigBodyPasswordRequiredCharacters {
    /// `abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ:0123456789`
    LowerUpperColonDigits,
    /// `abcdefghijklmnopqrstuvwxyz:ABCDEFGHIJKLMNOPQRSTUVWXYZ:0123456789`
    LowerColonUpperColonDigits,
    /// `abcdefghijklmnopqrstuvwxyz:ABCDEFGHIJKLMNOPQRSTUVWXYZ:0123456789:!@#$%^&*()_+-=[]{};'\\:"|<>?,./'~`
    LowerColonUpperColonDigitsSymbols,
    /// The empty string.
    Empty,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl UpdateAuthConfigBodyPasswordRequiredCharacters {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LowerUpperColonDigits => {
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ:0123456789"
            }
            Self::LowerColonUpperColonDigits => {
                "abcdefghijklmnopqrstuvwxyz:ABCDEFGHIJKLMNOPQRSTUVWXYZ:0123456789"
            }
            Self::LowerColonUpperColonDigitsSymbols => {
                "abcdefghijklmnopqrstuvwxyz:ABCDEFGHIJKLMNOPQRSTUVWXYZ:0123456789:!@#$%^&*()_+-=[]{};'\\\\:\"|<>?,./`~"
            }
            Self::Empty => "",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateAuthConfigBodyPasswordRequiredCharacters {
    fn from(value: &str) -> Self {
        match value {
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ:0123456789" => {
                Self::LowerUpperColonDigits
            }
            "abcdefghijklmnopqrstuvwxyz:ABCDEFGHIJKLMNOPQRSTUVWXYZ:0123456789" => {
                Self::LowerColonUpperColonDigits
            }
            "abcdefghijklmnopqrstuvwxyz:ABCDEFGHIJKLMNOPQRSTUVWXYZ:0123456789:!@#$%^&*()_+-=[]{};'\\\\:\"|<>?,./`~" => {
                Self::LowerColonUpperColonDigitsSymbols
            }
            "" => Self::Empty,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for UpdateAuthConfigBodyPasswordRequiredCharacters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateAuthConfigBodyPasswordRequiredCharacters {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateAuthConfigBodyPasswordRequiredCharacters {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `UpdateAuthConfigBodySecurityCaptchaProvider`
///
/// Schema: `#/components/schemas/UpdateAuthConfigBody/properties/security_captcha_provider`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateAuthConfigBodySecurityCaptchaProvider {
    /// `turnstile`
    Turnstile,
    /// `hcaptcha`
    Hcaptcha,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl UpdateAuthConfigBodySecurityCaptchaProvider {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Turnstile => "turnstile",
            Self::Hcaptcha => "hcaptcha",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateAuthConfigBodySecurityCaptchaProvider {
    fn from(value: &str) -> Self {
        match value {
            "turnstile" => Self::Turnstile,
            "hcaptcha" => Self::Hcaptcha,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for UpdateAuthConfigBodySecurityCaptchaProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateAuthConfigBodySecurityCaptchaProvider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateAuthConfigBodySecurityCaptchaProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `UpdateAuthConfigBodySmsProvider`
///
/// Schema: `#/components/schemas/UpdateAuthConfigBody/properties/sms_provider`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateAuthConfigBodySmsProvider {
    /// `messagebird`
    Messagebird,
    /// `textlocal`
    Textlocal,
    /// `twilio`
    Twilio,
    /// `twilio_verify`
    TwilioVerify,
    /// `vonage`
    Vonage,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl UpdateAuthConfigBodySmsProvider {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Messagebird => "messagebird",
            Self::Textlocal => "textlocal",
            Self::Twilio => "twilio",
            Self::TwilioVerify => "twilio_verify",
            Self::Vonage => "vonage",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateAuthConfigBodySmsProvider {
    fn from(value: &str) -> Self {
        match value {
            "messagebird" => Self::Messagebird,
            "textlocal" => Self::Textlocal,
            "twilio" => Self::Twilio,
            "twilio_verify" => Self::TwilioVerify,
            "vonage" => Self::Vonage,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for UpdateAuthConfigBodySmsProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateAuthConfigBodySmsProvider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateAuthConfigBodySmsProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
