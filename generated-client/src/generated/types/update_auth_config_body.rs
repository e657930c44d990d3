//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateAuthConfigBody`.

use serde::{Deserialize, Serialize};

/// `UpdateAuthConfigBody`
///
/// Schema: `#/components/schemas/UpdateAuthConfigBody`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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
