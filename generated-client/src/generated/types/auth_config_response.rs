//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/AuthConfigResponse`.

use serde::{Deserialize, Serialize};

/// `AuthConfigResponse`
///
/// Schema: `#/components/schemas/AuthConfigResponse`
#[derive(Clone, PartialEq)]
pub struct AuthConfigResponse {
    /// `api_max_request_duration`
    pub api_max_request_duration: Option<i64>,
    /// `custom_oauth_enabled`
    pub custom_oauth_enabled: bool,
    /// `custom_oauth_max_providers`
    pub custom_oauth_max_providers: i64,
    /// `db_max_pool_size`
    pub db_max_pool_size: Option<i64>,
    /// `db_max_pool_size_unit`
    pub db_max_pool_size_unit: Option<AuthConfigResponseDbMaxPoolSizeUnit>,
    /// `disable_signup`
    pub disable_signup: Option<bool>,
    /// `external_anonymous_users_enabled`
    pub external_anonymous_users_enabled: Option<bool>,
    /// `external_apple_additional_client_ids`
    pub external_apple_additional_client_ids: Option<String>,
    /// `external_apple_client_id`
    pub external_apple_client_id: Option<String>,
    /// `external_apple_email_optional`
    pub external_apple_email_optional: Option<bool>,
    /// `external_apple_enabled`
    pub external_apple_enabled: Option<bool>,
    /// `external_apple_secret`
    pub external_apple_secret: Option<String>,
    /// `external_azure_client_id`
    pub external_azure_client_id: Option<String>,
    /// `external_azure_email_optional`
    pub external_azure_email_optional: Option<bool>,
    /// `external_azure_enabled`
    pub external_azure_enabled: Option<bool>,
    /// `external_azure_secret`
    pub external_azure_secret: Option<String>,
    /// `external_azure_url`
    pub external_azure_url: Option<String>,
    /// `external_bitbucket_client_id`
    pub external_bitbucket_client_id: Option<String>,
    /// `external_bitbucket_email_optional`
    pub external_bitbucket_email_optional: Option<bool>,
    /// `external_bitbucket_enabled`
    pub external_bitbucket_enabled: Option<bool>,
    /// `external_bitbucket_secret`
    pub external_bitbucket_secret: Option<String>,
    /// `external_discord_client_id`
    pub external_discord_client_id: Option<String>,
    /// `external_discord_email_optional`
    pub external_discord_email_optional: Option<bool>,
    /// `external_discord_enabled`
    pub external_discord_enabled: Option<bool>,
    /// `external_discord_secret`
    pub external_discord_secret: Option<String>,
    /// `external_email_enabled`
    pub external_email_enabled: Option<bool>,
    /// `external_facebook_client_id`
    pub external_facebook_client_id: Option<String>,
    /// `external_facebook_email_optional`
    pub external_facebook_email_optional: Option<bool>,
    /// `external_facebook_enabled`
    pub external_facebook_enabled: Option<bool>,
    /// `external_facebook_secret`
    pub external_facebook_secret: Option<String>,
    /// `external_figma_client_id`
    pub external_figma_client_id: Option<String>,
    /// `external_figma_email_optional`
    pub external_figma_email_optional: Option<bool>,
    /// `external_figma_enabled`
    pub external_figma_enabled: Option<bool>,
    /// `external_figma_secret`
    pub external_figma_secret: Option<String>,
    /// `external_github_client_id`
    pub external_github_client_id: Option<String>,
    /// `external_github_email_optional`
    pub external_github_email_optional: Option<bool>,
    /// `external_github_enabled`
    pub external_github_enabled: Option<bool>,
    /// `external_github_secret`
    pub external_github_secret: Option<String>,
    /// `external_gitlab_client_id`
    pub external_gitlab_client_id: Option<String>,
    /// `external_gitlab_email_optional`
    pub external_gitlab_email_optional: Option<bool>,
    /// `external_gitlab_enabled`
    pub external_gitlab_enabled: Option<bool>,
    /// `external_gitlab_secret`
    pub external_gitlab_secret: Option<String>,
    /// `external_gitlab_url`
    pub external_gitlab_url: Option<String>,
    /// `external_google_additional_client_ids`
    pub external_google_additional_client_ids: Option<String>,
    /// `external_google_client_id`
    pub external_google_client_id: Option<String>,
    /// `external_google_email_optional`
    pub external_google_email_optional: Option<bool>,
    /// `external_google_enabled`
    pub external_google_enabled: Option<bool>,
    /// `external_google_secret`
    pub external_google_secret: Option<String>,
    /// `external_google_skip_nonce_check`
    pub external_google_skip_nonce_check: Option<bool>,
    /// `external_kakao_client_id`
    pub external_kakao_client_id: Option<String>,
    /// `external_kakao_email_optional`
    pub external_kakao_email_optional: Option<bool>,
    /// `external_kakao_enabled`
    pub external_kakao_enabled: Option<bool>,
    /// `external_kakao_secret`
    pub external_kakao_secret: Option<String>,
    /// `external_keycloak_client_id`
    pub external_keycloak_client_id: Option<String>,
    /// `external_keycloak_email_optional`
    pub external_keycloak_email_optional: Option<bool>,
    /// `external_keycloak_enabled`
    pub external_keycloak_enabled: Option<bool>,
    /// `external_keycloak_secret`
    pub external_keycloak_secret: Option<String>,
    /// `external_keycloak_url`
    pub external_keycloak_url: Option<String>,
    /// `external_linkedin_oidc_client_id`
    pub external_linkedin_oidc_client_id: Option<String>,
    /// `external_linkedin_oidc_email_optional`
    pub external_linkedin_oidc_email_optional: Option<bool>,
    /// `external_linkedin_oidc_enabled`
    pub external_linkedin_oidc_enabled: Option<bool>,
    /// `external_linkedin_oidc_secret`
    pub external_linkedin_oidc_secret: Option<String>,
    /// `external_notion_client_id`
    pub external_notion_client_id: Option<String>,
    /// `external_notion_email_optional`
    pub external_notion_email_optional: Option<bool>,
    /// `external_notion_enabled`
    pub external_notion_enabled: Option<bool>,
    /// `external_notion_secret`
    pub external_notion_secret: Option<String>,
    /// `external_phone_enabled`
    pub external_phone_enabled: Option<bool>,
    /// `external_slack_client_id`
    pub external_slack_client_id: Option<String>,
    /// `external_slack_email_optional`
    pub external_slack_email_optional: Option<bool>,
    /// `external_slack_enabled`
    pub external_slack_enabled: Option<bool>,
    /// `external_slack_oidc_client_id`
    pub external_slack_oidc_client_id: Option<String>,
    /// `external_slack_oidc_email_optional`
    pub external_slack_oidc_email_optional: Option<bool>,
    /// `external_slack_oidc_enabled`
    pub external_slack_oidc_enabled: Option<bool>,
    /// `external_slack_oidc_secret`
    pub external_slack_oidc_secret: Option<String>,
    /// `external_slack_secret`
    pub external_slack_secret: Option<String>,
    /// `external_spotify_client_id`
    pub external_spotify_client_id: Option<String>,
    /// `external_spotify_email_optional`
    pub external_spotify_email_optional: Option<bool>,
    /// `external_spotify_enabled`
    pub external_spotify_enabled: Option<bool>,
    /// `external_spotify_secret`
    pub external_spotify_secret: Option<String>,
    /// `external_twitch_client_id`
    pub external_twitch_client_id: Option<String>,
    /// `external_twitch_email_optional`
    pub external_twitch_email_optional: Option<bool>,
    /// `external_twitch_enabled`
    pub external_twitch_enabled: Option<bool>,
    /// `external_twitch_secret`
    pub external_twitch_secret: Option<String>,
    /// `external_twitter_client_id`
    pub external_twitter_client_id: Option<String>,
    /// `external_twitter_email_optional`
    pub external_twitter_email_optional: Option<bool>,
    /// `external_twitter_enabled`
    pub external_twitter_enabled: Option<bool>,
    /// `external_twitter_secret`
    pub external_twitter_secret: Option<String>,
    /// `external_web3_ethereum_enabled`
    pub external_web3_ethereum_enabled: Option<bool>,
    /// `external_web3_solana_enabled`
    pub external_web3_solana_enabled: Option<bool>,
    /// `external_workos_client_id`
    pub external_workos_client_id: Option<String>,
    /// `external_workos_enabled`
    pub external_workos_enabled: Option<bool>,
    /// `external_workos_secret`
    pub external_workos_secret: Option<String>,
    /// `external_workos_url`
    pub external_workos_url: Option<String>,
    /// `external_x_client_id`
    pub external_x_client_id: Option<String>,
    /// `external_x_email_optional`
    pub external_x_email_optional: Option<bool>,
    /// `external_x_enabled`
    pub external_x_enabled: Option<bool>,
    /// `external_x_secret`
    pub external_x_secret: Option<String>,
    /// `external_zoom_client_id`
    pub external_zoom_client_id: Option<String>,
    /// `external_zoom_email_optional`
    pub external_zoom_email_optional: Option<bool>,
    /// `external_zoom_enabled`
    pub external_zoom_enabled: Option<bool>,
    /// `external_zoom_secret`
    pub external_zoom_secret: Option<String>,
    /// `hook_after_user_created_enabled`
    pub hook_after_user_created_enabled: Option<bool>,
    /// `hook_after_user_created_secrets`
    pub hook_after_user_created_secrets: Option<String>,
    /// `hook_after_user_created_uri`
    pub hook_after_user_created_uri: Option<String>,
    /// `hook_before_user_created_enabled`
    pub hook_before_user_created_enabled: Option<bool>,
    /// `hook_before_user_created_secrets`
    pub hook_before_user_created_secrets: Option<String>,
    /// `hook_before_user_created_uri`
    pub hook_before_user_created_uri: Option<String>,
    /// `hook_custom_access_token_enabled`
    pub hook_custom_access_token_enabled: Option<bool>,
    /// `hook_custom_access_token_secrets`
    pub hook_custom_access_token_secrets: Option<String>,
    /// `hook_custom_access_token_uri`
    pub hook_custom_access_token_uri: Option<String>,
    /// `hook_mfa_verification_attempt_enabled`
    pub hook_mfa_verification_attempt_enabled: Option<bool>,
    /// `hook_mfa_verification_attempt_secrets`
    pub hook_mfa_verification_attempt_secrets: Option<String>,
    /// `hook_mfa_verification_attempt_uri`
    pub hook_mfa_verification_attempt_uri: Option<String>,
    /// `hook_password_verification_attempt_enabled`
    pub hook_password_verification_attempt_enabled: Option<bool>,
    /// `hook_password_verification_attempt_secrets`
    pub hook_password_verification_attempt_secrets: Option<String>,
    /// `hook_password_verification_attempt_uri`
    pub hook_password_verification_attempt_uri: Option<String>,
    /// `hook_send_email_enabled`
    pub hook_send_email_enabled: Option<bool>,
    /// `hook_send_email_secrets`
    pub hook_send_email_secrets: Option<String>,
    /// `hook_send_email_uri`
    pub hook_send_email_uri: Option<String>,
    /// `hook_send_sms_enabled`
    pub hook_send_sms_enabled: Option<bool>,
    /// `hook_send_sms_secrets`
    pub hook_send_sms_secrets: Option<String>,
    /// `hook_send_sms_uri`
    pub hook_send_sms_uri: Option<String>,
    /// `jwt_exp`
    pub jwt_exp: Option<i64>,
    /// `mailer_allow_unverified_email_sign_ins`
    pub mailer_allow_unverified_email_sign_ins: Option<bool>,
    /// `mailer_autoconfirm`
    pub mailer_autoconfirm: Option<bool>,
    /// `mailer_notifications_email_changed_enabled`
    pub mailer_notifications_email_changed_enabled: Option<bool>,
    /// `mailer_notifications_identity_linked_enabled`
    pub mailer_notifications_identity_linked_enabled: Option<bool>,
    /// `mailer_notifications_identity_unlinked_enabled`
    pub mailer_notifications_identity_unlinked_enabled: Option<bool>,
    /// `mailer_notifications_mfa_factor_enrolled_enabled`
    pub mailer_notifications_mfa_factor_enrolled_enabled: Option<bool>,
    /// `mailer_notifications_mfa_factor_unenrolled_enabled`
    pub mailer_notifications_mfa_factor_unenrolled_enabled: Option<bool>,
    /// `mailer_notifications_password_changed_enabled`
    pub mailer_notifications_password_changed_enabled: Option<bool>,
    /// `mailer_notifications_phone_changed_enabled`
    pub mailer_notifications_phone_changed_enabled: Option<bool>,
    /// `mailer_otp_exp`
    pub mailer_otp_exp: i64,
    /// `mailer_otp_length`
    pub mailer_otp_length: Option<i64>,
    /// `mailer_secure_email_change_enabled`
    pub mailer_secure_email_change_enabled: Option<bool>,
    /// `mailer_subjects_confirmation`
    pub mailer_subjects_confirmation: Option<String>,
    /// `mailer_subjects_email_change`
    pub mailer_subjects_email_change: Option<String>,
    /// `mailer_subjects_email_changed_notification`
    pub mailer_subjects_email_changed_notification: Option<String>,
    /// `mailer_subjects_identity_linked_notification`
    pub mailer_subjects_identity_linked_notification: Option<String>,
    /// `mailer_subjects_identity_unlinked_notification`
    pub mailer_subjects_identity_unlinked_notification: Option<String>,
    /// `mailer_subjects_invite`
    pub mailer_subjects_invite: Option<String>,
    /// `mailer_subjects_magic_link`
    pub mailer_subjects_magic_link: Option<String>,
    /// `mailer_subjects_mfa_factor_enrolled_notification`
    pub mailer_subjects_mfa_factor_enrolled_notification: Option<String>,
    /// `mailer_subjects_mfa_factor_unenrolled_notification`
    pub mailer_subjects_mfa_factor_unenrolled_notification: Option<String>,
    /// `mailer_subjects_password_changed_notification`
    pub mailer_subjects_password_changed_notification: Option<String>,
    /// `mailer_subjects_phone_changed_notification`
    pub mailer_subjects_phone_changed_notification: Option<String>,
    /// `mailer_subjects_reauthentication`
    pub mailer_subjects_reauthentication: Option<String>,
    /// `mailer_subjects_recovery`
    pub mailer_subjects_recovery: Option<String>,
    /// `mailer_templates_confirmation_content`
    pub mailer_templates_confirmation_content: Option<String>,
    /// `mailer_templates_email_change_content`
    pub mailer_templates_email_change_content: Option<String>,
    /// `mailer_templates_email_changed_notification_content`
    pub mailer_templates_email_changed_notification_content: Option<String>,
    /// `mailer_templates_identity_linked_notification_content`
    pub mailer_templates_identity_linked_notification_content: Option<String>,
    /// `mailer_templates_identity_unlinked_notification_content`
    pub mailer_templates_identity_unlinked_notification_content: Option<String>,
    /// `mailer_templates_invite_content`
    pub mailer_templates_invite_content: Option<String>,
    /// `mailer_templates_magic_link_content`
    pub mailer_templates_magic_link_content: Option<String>,
    /// `mailer_templates_mfa_factor_enrolled_notification_content`
    pub mailer_templates_mfa_factor_enrolled_notification_content: Option<String>,
    /// `mailer_templates_mfa_factor_unenrolled_notification_content`
    pub mailer_templates_mfa_factor_unenrolled_notification_content: Option<String>,
    /// `mailer_templates_password_changed_notification_content`
    pub mailer_templates_password_changed_notification_content: Option<String>,
    /// `mailer_templates_phone_changed_notification_content`
    pub mailer_templates_phone_changed_notification_content: Option<String>,
    /// `mailer_templates_reauthentication_content`
    pub mailer_templates_reauthentication_content: Option<String>,
    /// `mailer_templates_recovery_content`
    pub mailer_templates_recovery_content: Option<String>,
    /// `mfa_max_enrolled_factors`
    pub mfa_max_enrolled_factors: Option<i64>,
    /// `mfa_phone_enroll_enabled`
    pub mfa_phone_enroll_enabled: Option<bool>,
    /// `mfa_phone_max_frequency`
    pub mfa_phone_max_frequency: Option<i64>,
    /// `mfa_phone_otp_length`
    pub mfa_phone_otp_length: i64,
    /// `mfa_phone_template`
    pub mfa_phone_template: Option<String>,
    /// `mfa_phone_verify_enabled`
    pub mfa_phone_verify_enabled: Option<bool>,
    /// `mfa_totp_enroll_enabled`
    pub mfa_totp_enroll_enabled: Option<bool>,
    /// `mfa_totp_verify_enabled`
    pub mfa_totp_verify_enabled: Option<bool>,
    /// `mfa_web_authn_enroll_enabled`
    pub mfa_web_authn_enroll_enabled: Option<bool>,
    /// `mfa_web_authn_verify_enabled`
    pub mfa_web_authn_verify_enabled: Option<bool>,
    /// `nimbus_oauth_client_id`
    pub nimbus_oauth_client_id: Option<String>,
    /// `nimbus_oauth_client_secret`
    pub nimbus_oauth_client_secret: Option<String>,
    /// `nimbus_oauth_email_optional`
    pub nimbus_oauth_email_optional: Option<bool>,
    /// `oauth_server_allow_dynamic_registration`
    pub oauth_server_allow_dynamic_registration: bool,
    /// `oauth_server_authorization_path`
    pub oauth_server_authorization_path: Option<String>,
    /// `oauth_server_enabled`
    pub oauth_server_enabled: bool,
    /// `passkey_enabled`
    pub passkey_enabled: bool,
    /// `password_hibp_enabled`
    pub password_hibp_enabled: Option<bool>,
    /// `password_min_length`
    pub password_min_length: Option<i64>,
    /// `password_required_characters`
    pub password_required_characters: Option<
        AuthConfigResponsePasswordRequiredCharacters,
    >,
    /// `rate_limit_anonymous_users`
    pub rate_limit_anonymous_users: Option<i64>,
    /// `rate_limit_email_sent`
    pub rate_limit_email_sent: Option<i64>,
    /// `rate_limit_otp`
    pub rate_limit_otp: Option<i64>,
    /// `rate_limit_sms_sent`
    pub rate_limit_sms_sent: Option<i64>,
    /// `rate_limit_token_refresh`
    pub rate_limit_token_refresh: Option<i64>,
    /// `rate_limit_verify`
    pub rate_limit_verify: Option<i64>,
    /// `rate_limit_web3`
    pub rate_limit_web3: Option<i64>,
    /// `refresh_token_rotation_enabled`
    pub refresh_token_rotation_enabled: Option<bool>,
    /// `saml_allow_encrypted_assertions`
    pub saml_allow_encrypted_assertions: Option<bool>,
    /// `saml_enabled`
    pub saml_enabled: Option<bool>,
    /// `saml_external_url`
    pub saml_external_url: Option<String>,
    /// `security_captcha_enabled`
    pub security_captcha_enabled: Option<bool>,
    /// `security_captcha_provider`
    pub security_captcha_provider: Option<AuthConfigResponseSecurityCaptchaProvider>,
    /// `security_captcha_secret`
    pub security_captcha_secret: Option<String>,
    /// `security_manual_linking_enabled`
    pub security_manual_linking_enabled: Option<bool>,
    /// `security_refresh_token_reuse_interval`
    pub security_refresh_token_reuse_interval: Option<i64>,
    /// `security_sb_forwarded_for_enabled`
    pub security_sb_forwarded_for_enabled: Option<bool>,
    /// `security_update_password_require_reauthentication`
    pub security_update_password_require_reauthentication: Option<bool>,
    /// `sessions_inactivity_timeout`
    pub sessions_inactivity_timeout: Option<f64>,
    /// `sessions_single_per_user`
    pub sessions_single_per_user: Option<bool>,
    /// `sessions_tags`
    pub sessions_tags: Option<String>,
    /// `sessions_timebox`
    pub sessions_timebox: Option<f64>,
    /// `site_url`
    pub site_url: Option<String>,
    /// `sms_autoconfirm`
    pub sms_autoconfirm: Option<bool>,
    /// `sms_max_frequency`
    pub sms_max_frequency: Option<i64>,
    /// `sms_messagebird_access_key`
    pub sms_messagebird_access_key: Option<String>,
    /// `sms_messagebird_originator`
    pub sms_messagebird_originator: Option<String>,
    /// `sms_otp_exp`
    pub sms_otp_exp: Option<i64>,
    /// `sms_otp_length`
    pub sms_otp_length: i64,
    /// `sms_provider`
    pub sms_provider: Option<AuthConfigResponseSmsProvider>,
    /// `sms_template`
    pub sms_template: Option<String>,
    /// `sms_test_otp`
    pub sms_test_otp: Option<String>,
    /// `sms_test_otp_valid_until`
    pub sms_test_otp_valid_until: Option<String>,
    /// `sms_textlocal_api_key`
    pub sms_textlocal_api_key: Option<String>,
    /// `sms_textlocal_sender`
    pub sms_textlocal_sender: Option<String>,
    /// `sms_twilio_account_sid`
    pub sms_twilio_account_sid: Option<String>,
    /// `sms_twilio_auth_token`
    pub sms_twilio_auth_token: Option<String>,
    /// `sms_twilio_content_sid`
    pub sms_twilio_content_sid: Option<String>,
    /// `sms_twilio_message_service_sid`
    pub sms_twilio_message_service_sid: Option<String>,
    /// `sms_twilio_verify_account_sid`
    pub sms_twilio_verify_account_sid: Option<String>,
    /// `sms_twilio_verify_auth_token`
    pub sms_twilio_verify_auth_token: Option<String>,
    /// `sms_twilio_verify_message_service_sid`
    pub sms_twilio_verify_message_service_sid: Option<String>,
    /// `sms_vonage_api_key`
    pub sms_vonage_api_key: Option<String>,
    /// `sms_vonage_api_secret`
    pub sms_vonage_api_secret: Option<String>,
    /// `sms_vonage_from`
    pub sms_vonage_from: Option<String>,
    /// `smtp_admin_email`
    pub smtp_admin_email: Option<String>,
    /// `smtp_host`
    pub smtp_host: Option<String>,
    /// `smtp_max_frequency`
    pub smtp_max_frequency: Option<i64>,
    /// `smtp_pass`
    pub smtp_pass: Option<String>,
    /// `smtp_port`
    pub smtp_port: Option<String>,
    /// `smtp_sender_name`
    pub smtp_sender_name: Option<String>,
    /// `smtp_user`
    pub smtp_user: Option<String>,
    /// `uri_allow_list`
    pub uri_allow_list: Option<String>,
    /// `webauthn_rp_display_name`
    pub webauthn_rp_display_name: Option<String>,
    /// `webauthn_rp_id`
    pub webauthn_rp_id: Option<String>,
    /// `webauthn_rp_origins`
    pub webauthn_rp_origins: Option<String>,
}

impl std::fmt::Debug for AuthConfigResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthConfigResponse")
            .field("api_max_request_duration", &self.api_max_request_duration)
            .field("custom_oauth_enabled", &self.custom_oauth_enabled)
            .field("custom_oauth_max_providers", &self.custom_oauth_max_providers)
            .field("db_max_pool_size", &self.db_max_pool_size)
            .field("db_max_pool_size_unit", &self.db_max_pool_size_unit)
            .field("disable_signup", &self.disable_signup)
            .field(
                "external_anonymous_users_enabled",
                &self.external_anonymous_users_enabled,
            )
            .field(
                "external_apple_additional_client_ids",
                &self.external_apple_additional_client_ids,
            )
            .field("external_apple_client_id", &self.external_apple_client_id)
            .field("external_apple_email_optional", &self.external_apple_email_optional)
            .field("external_apple_enabled", &self.external_apple_enabled)
            .field("external_apple_secret", &format_args!("[redacted]"))
            .field("external_azure_client_id", &self.external_azure_client_id)
            .field("external_azure_email_optional", &self.external_azure_email_optional)
            .field("external_azure_enabled", &self.external_azure_enabled)
            .field("external_azure_secret", &format_args!("[redacted]"))
            .field("external_azure_url", &self.external_azure_url)
            .field("external_bitbucket_client_id", &self.external_bitbucket_client_id)
            .field(
                "external_bitbucket_email_optional",
                &self.external_bitbucket_email_optional,
            )
            .field("external_bitbucket_enabled", &self.external_bitbucket_enabled)
            .field("external_bitbucket_secret", &format_args!("[redacted]"))
            .field("external_discord_client_id", &self.external_discord_client_id)
            .field(
                "external_discord_email_optional",
                &self.external_discord_email_optional,
            )
            .field("external_discord_enabled", &self.external_discord_enabled)
            .field("external_discord_secret", &format_args!("[redacted]"))
            .field("external_email_enabled", &self.external_email_enabled)
            .field("external_facebook_client_id", &self.external_facebook_client_id)
            .field(
                "external_facebook_email_optional",
                &self.external_facebook_email_optional,
            )
            .field("external_facebook_enabled", &self.external_facebook_enabled)
            .field("external_facebook_secret", &format_args!("[redacted]"))
            .field("external_figma_client_id", &self.external_figma_client_id)
            .field("external_figma_email_optional", &self.external_figma_email_optional)
            .field("external_figma_enabled", &self.external_figma_enabled)
            .field("external_figma_secret", &format_args!("[redacted]"))
            .field("external_github_client_id", &self.external_github_client_id)
            .field(
                "external_github_email_optional",
                &self.external_github_email_optional,
            )
            .field("external_github_enabled", &self.external_github_enabled)
            .field("external_github_secret", &format_args!("[redacted]"))
            .field("external_gitlab_client_id", &self.external_gitlab_client_id)
            .field(
                "external_gitlab_email_optional",
                &self.external_gitlab_email_optional,
            )
            .field("external_gitlab_enabled", &self.external_gitlab_enabled)
            .field("external_gitlab_secret", &format_args!("[redacted]"))
            .field("external_gitlab_url", &self.external_gitlab_url)
            .field(
                "external_google_additional_client_ids",
                &self.external_google_additional_client_ids,
            )
            .field("external_google_client_id", &self.external_google_client_id)
            .field(
                "external_google_email_optional",
                &self.external_google_email_optional,
            )
            .field("external_google_enabled", &self.external_google_enabled)
            .field("external_google_secret", &format_args!("[redacted]"))
            .field(
                "external_google_skip_nonce_check",
                &self.external_google_skip_nonce_check,
            )
            .field("external_kakao_client_id", &self.external_kakao_client_id)
            .field("external_kakao_email_optional", &self.external_kakao_email_optional)
            .field("external_kakao_enabled", &self.external_kakao_enabled)
            .field("external_kakao_secret", &format_args!("[redacted]"))
            .field("external_keycloak_client_id", &self.external_keycloak_client_id)
            .field(
                "external_keycloak_email_optional",
                &self.external_keycloak_email_optional,
            )
            .field("external_keycloak_enabled", &self.external_keycloak_enabled)
            .field("external_keycloak_secret", &format_args!("[redacted]"))
            .field("external_keycloak_url", &self.external_keycloak_url)
            .field(
                "external_linkedin_oidc_client_id",
                &self.external_linkedin_oidc_client_id,
            )
            .field(
                "external_linkedin_oidc_email_optional",
                &self.external_linkedin_oidc_email_optional,
            )
            .field(
                "external_linkedin_oidc_enabled",
                &self.external_linkedin_oidc_enabled,
            )
            .field("external_linkedin_oidc_secret", &format_args!("[redacted]"))
            .field("external_notion_client_id", &self.external_notion_client_id)
            .field(
                "external_notion_email_optional",
                &self.external_notion_email_optional,
            )
            .field("external_notion_enabled", &self.external_notion_enabled)
            .field("external_notion_secret", &format_args!("[redacted]"))
            .field("external_phone_enabled", &self.external_phone_enabled)
            .field("external_slack_client_id", &self.external_slack_client_id)
            .field("external_slack_email_optional", &self.external_slack_email_optional)
            .field("external_slack_enabled", &self.external_slack_enabled)
            .field("external_slack_oidc_client_id", &self.external_slack_oidc_client_id)
            .field(
                "external_slack_oidc_email_optional",
                &self.external_slack_oidc_email_optional,
            )
            .field("external_slack_oidc_enabled", &self.external_slack_oidc_enabled)
            .field("external_slack_oidc_secret", &format_args!("[redacted]"))
            .field("external_slack_secret", &format_args!("[redacted]"))
            .field("external_spotify_client_id", &self.external_spotify_client_id)
            .field(
                "external_spotify_email_optional",
                &self.external_spotify_email_optional,
            )
            .field("external_spotify_enabled", &self.external_spotify_enabled)
            .field("external_spotify_secret", &format_args!("[redacted]"))
            .field("external_twitch_client_id", &self.external_twitch_client_id)
            .field(
                "external_twitch_email_optional",
                &self.external_twitch_email_optional,
            )
            .field("external_twitch_enabled", &self.external_twitch_enabled)
            .field("external_twitch_secret", &format_args!("[redacted]"))
            .field("external_twitter_client_id", &self.external_twitter_client_id)
            .field(
                "external_twitter_email_optional",
                &self.external_twitter_email_optional,
            )
            .field("external_twitter_enabled", &self.external_twitter_enabled)
            .field("external_twitter_secret", &format_args!("[redacted]"))
            .field(
                "external_web3_ethereum_enabled",
                &self.external_web3_ethereum_enabled,
            )
            .field("external_web3_solana_enabled", &self.external_web3_solana_enabled)
            .field("external_workos_client_id", &self.external_workos_client_id)
            .field("external_workos_enabled", &self.external_workos_enabled)
            .field("external_workos_secret", &format_args!("[redacted]"))
            .field("external_workos_url", &self.external_workos_url)
            .field("external_x_client_id", &self.external_x_client_id)
            .field("external_x_email_optional", &self.external_x_email_optional)
            .field("external_x_enabled", &self.external_x_enabled)
            .field("external_x_secret", &format_args!("[redacted]"))
            .field("external_zoom_client_id", &self.external_zoom_client_id)
            .field("external_zoom_email_optional", &self.external_zoom_email_optional)
            .field("external_zoom_enabled", &self.external_zoom_enabled)
            .field("external_zoom_secret", &format_args!("[redacted]"))
            .field(
                "hook_after_user_created_enabled",
                &self.hook_after_user_created_enabled,
            )
            .field("hook_after_user_created_secrets", &format_args!("[redacted]"))
            .field("hook_after_user_created_uri", &self.hook_after_user_created_uri)
            .field(
                "hook_before_user_created_enabled",
                &self.hook_before_user_created_enabled,
            )
            .field("hook_before_user_created_secrets", &format_args!("[redacted]"))
            .field("hook_before_user_created_uri", &self.hook_before_user_created_uri)
            .field(
                "hook_custom_access_token_enabled",
                &self.hook_custom_access_token_enabled,
            )
            .field("hook_custom_access_token_secrets", &format_args!("[redacted]"))
            .field("hook_custom_access_token_uri", &self.hook_custom_access_token_uri)
            .field(
                "hook_mfa_verification_attempt_enabled",
                &self.hook_mfa_verification_attempt_enabled,
            )
            .field("hook_mfa_verification_attempt_secrets", &format_args!("[redacted]"))
            .field(
                "hook_mfa_verification_attempt_uri",
                &self.hook_mfa_verification_attempt_uri,
            )
            .field(
                "hook_password_verification_attempt_enabled",
                &self.hook_password_verification_attempt_enabled,
            )
            .field(
                "hook_password_verification_attempt_secrets",
                &format_args!("[redacted]"),
            )
            .field(
                "hook_password_verification_attempt_uri",
                &self.hook_password_verification_attempt_uri,
            )
            .field("hook_send_email_enabled", &self.hook_send_email_enabled)
            .field("hook_send_email_secrets", &format_args!("[redacted]"))
            .field("hook_send_email_uri", &self.hook_send_email_uri)
            .field("hook_send_sms_enabled", &self.hook_send_sms_enabled)
            .field("hook_send_sms_secrets", &format_args!("[redacted]"))
            .field("hook_send_sms_uri", &self.hook_send_sms_uri)
            .field("jwt_exp", &self.jwt_exp)
            .field(
                "mailer_allow_unverified_email_sign_ins",
                &self.mailer_allow_unverified_email_sign_ins,
            )
            .field("mailer_autoconfirm", &self.mailer_autoconfirm)
            .field(
                "mailer_notifications_email_changed_enabled",
                &self.mailer_notifications_email_changed_enabled,
            )
            .field(
                "mailer_notifications_identity_linked_enabled",
                &self.mailer_notifications_identity_linked_enabled,
            )
            .field(
                "mailer_notifications_identity_unlinked_enabled",
                &self.mailer_notifications_identity_unlinked_enabled,
            )
            .field(
                "mailer_notifications_mfa_factor_enrolled_enabled",
                &self.mailer_notifications_mfa_factor_enrolled_enabled,
            )
            .field(
                "mailer_notifications_mfa_factor_unenrolled_enabled",
                &self.mailer_notifications_mfa_factor_unenrolled_enabled,
            )
            .field(
                "mailer_notifications_password_changed_enabled",
                &self.mailer_notifications_password_changed_enabled,
            )
            .field(
                "mailer_notifications_phone_changed_enabled",
                &self.mailer_notifications_phone_changed_enabled,
            )
            .field("mailer_otp_exp", &self.mailer_otp_exp)
            .field("mailer_otp_length", &self.mailer_otp_length)
            .field(
                "mailer_secure_email_change_enabled",
                &self.mailer_secure_email_change_enabled,
            )
            .field("mailer_subjects_confirmation", &self.mailer_subjects_confirmation)
            .field("mailer_subjects_email_change", &self.mailer_subjects_email_change)
            .field(
                "mailer_subjects_email_changed_notification",
                &self.mailer_subjects_email_changed_notification,
            )
            .field(
                "mailer_subjects_identity_linked_notification",
                &self.mailer_subjects_identity_linked_notification,
            )
            .field(
                "mailer_subjects_identity_unlinked_notification",
                &self.mailer_subjects_identity_unlinked_notification,
            )
            .field("mailer_subjects_invite", &self.mailer_subjects_invite)
            .field("mailer_subjects_magic_link", &self.mailer_subjects_magic_link)
            .field(
                "mailer_subjects_mfa_factor_enrolled_notification",
                &self.mailer_subjects_mfa_factor_enrolled_notification,
            )
            .field(
                "mailer_subjects_mfa_factor_unenrolled_notification",
                &self.mailer_subjects_mfa_factor_unenrolled_notification,
            )
            .field(
                "mailer_subjects_password_changed_notification",
                &self.mailer_subjects_password_changed_notification,
            )
            .field(
                "mailer_subjects_phone_changed_notification",
                &self.mailer_subjects_phone_changed_notification,
            )
            .field(
                "mailer_subjects_reauthentication",
                &self.mailer_subjects_reauthentication,
            )
            .field("mailer_subjects_recovery", &self.mailer_subjects_recovery)
            .field(
                "mailer_templates_confirmation_content",
                &self.mailer_templates_confirmation_content,
            )
            .field(
                "mailer_templates_email_change_content",
                &self.mailer_templates_email_change_content,
            )
            .field(
                "mailer_templates_email_changed_notification_content",
                &self.mailer_templates_email_changed_notification_content,
            )
            .field(
                "mailer_templates_identity_linked_notification_content",
                &self.mailer_templates_identity_linked_notification_content,
            )
            .field(
                "mailer_templates_identity_unlinked_notification_content",
                &self.mailer_templates_identity_unlinked_notification_content,
            )
            .field(
                "mailer_templates_invite_content",
                &self.mailer_templates_invite_content,
            )
            .field(
                "mailer_templates_magic_link_content",
                &self.mailer_templates_magic_link_content,
            )
            .field(
                "mailer_templates_mfa_factor_enrolled_notification_content",
                &self.mailer_templates_mfa_factor_enrolled_notification_content,
            )
            .field(
                "mailer_templates_mfa_factor_unenrolled_notification_content",
                &self.mailer_templates_mfa_factor_unenrolled_notification_content,
            )
            .field(
                "mailer_templates_password_changed_notification_content",
                &self.mailer_templates_password_changed_notification_content,
            )
            .field(
                "mailer_templates_phone_changed_notification_content",
                &self.mailer_templates_phone_changed_notification_content,
            )
            .field(
                "mailer_templates_reauthentication_content",
                &self.mailer_templates_reauthentication_content,
            )
            .field(
                "mailer_templates_recovery_content",
                &self.mailer_templates_recovery_content,
            )
            .field("mfa_max_enrolled_factors", &self.mfa_max_enrolled_factors)
            .field("mfa_phone_enroll_enabled", &self.mfa_phone_enroll_enabled)
            .field("mfa_phone_max_frequency", &self.mfa_phone_max_frequency)
            .field("mfa_phone_otp_length", &self.mfa_phone_otp_length)
            .field("mfa_phone_template", &self.mfa_phone_template)
            .field("mfa_phone_verify_enabled", &self.mfa_phone_verify_enabled)
            .field("mfa_totp_enroll_enabled", &self.mfa_totp_enroll_enabled)
            .field("mfa_totp_verify_enabled", &self.mfa_totp_verify_enabled)
            .field("mfa_web_authn_enroll_enabled", &self.mfa_web_authn_enroll_enabled)
            .field("mfa_web_authn_verify_enabled", &self.mfa_web_authn_verify_enabled)
            .field("nimbus_oauth_client_id", &self.nimbus_oauth_client_id)
            .field("nimbus_oauth_client_secret", &format_args!("[redacted]"))
            .field("nimbus_oauth_email_optional", &self.nimbus_oauth_email_optional)
            .field(
                "oauth_server_allow_dynamic_registration",
                &self.oauth_server_allow_dynamic_registration,
            )
            .field(
                "oauth_server_authorization_path",
                &self.oauth_server_authorization_path,
            )
            .field("oauth_server_enabled", &self.oauth_server_enabled)
            .field("passkey_enabled", &self.passkey_enabled)
            .field("password_hibp_enabled", &self.password_hibp_enabled)
            .field("password_min_length", &self.password_min_length)
            .field("password_required_characters", &self.password_required_characters)
            .field("rate_limit_anonymous_users", &self.rate_limit_anonymous_users)
            .field("rate_limit_email_sent", &self.rate_limit_email_sent)
            .field("rate_limit_otp", &self.rate_limit_otp)
            .field("rate_limit_sms_sent", &self.rate_limit_sms_sent)
            .field("rate_limit_token_refresh", &self.rate_limit_token_refresh)
            .field("rate_limit_verify", &self.rate_limit_verify)
            .field("rate_limit_web3", &self.rate_limit_web3)
            .field(
                "refresh_token_rotation_enabled",
                &self.refresh_token_rotation_enabled,
            )
            .field(
                "saml_allow_encrypted_assertions",
                &self.saml_allow_encrypted_assertions,
            )
            .field("saml_enabled", &self.saml_enabled)
            .field("saml_external_url", &self.saml_external_url)
            .field("security_captcha_enabled", &self.security_captcha_enabled)
            .field("security_captcha_provider", &self.security_captcha_provider)
            .field("security_captcha_secret", &format_args!("[redacted]"))
            .field(
                "security_manual_linking_enabled",
                &self.security_manual_linking_enabled,
            )
            .field(
                "security_refresh_token_reuse_interval",
                &self.security_refresh_token_reuse_interval,
            )
            .field(
                "security_sb_forwarded_for_enabled",
                &self.security_sb_forwarded_for_enabled,
            )
            .field(
                "security_update_password_require_reauthentication",
                &self.security_update_password_require_reauthentication,
            )
            .field("sessions_inactivity_timeout", &self.sessions_inactivity_timeout)
            .field("sessions_single_per_user", &self.sessions_single_per_user)
            .field("sessions_tags", &self.sessions_tags)
            .field("sessions_timebox", &self.sessions_timebox)
            .field("site_url", &self.site_url)
            .field("sms_autoconfirm", &self.sms_autoconfirm)
            .field("sms_max_frequency", &self.sms_max_frequency)
            .field("sms_messagebird_access_key", &format_args!("[redacted]"))
            .field("sms_messagebird_originator", &self.sms_messagebird_originator)
            .field("sms_otp_exp", &self.sms_otp_exp)
            .field("sms_otp_length", &self.sms_otp_length)
            .field("sms_provider", &self.sms_provider)
            .field("sms_template", &self.sms_template)
            .field("sms_test_otp", &self.sms_test_otp)
            .field("sms_test_otp_valid_until", &self.sms_test_otp_valid_until)
            .field("sms_textlocal_api_key", &format_args!("[redacted]"))
            .field("sms_textlocal_sender", &self.sms_textlocal_sender)
            .field("sms_twilio_account_sid", &self.sms_twilio_account_sid)
            .field("sms_twilio_auth_token", &format_args!("[redacted]"))
            .field("sms_twilio_content_sid", &self.sms_twilio_content_sid)
            .field(
                "sms_twilio_message_service_sid",
                &self.sms_twilio_message_service_sid,
            )
            .field("sms_twilio_verify_account_sid", &self.sms_twilio_verify_account_sid)
            .field("sms_twilio_verify_auth_token", &format_args!("[redacted]"))
            .field(
                "sms_twilio_verify_message_service_sid",
                &self.sms_twilio_verify_message_service_sid,
            )
            .field("sms_vonage_api_key", &format_args!("[redacted]"))
            .field("sms_vonage_api_secret", &format_args!("[redacted]"))
            .field("sms_vonage_from", &self.sms_vonage_from)
            .field("smtp_admin_email", &self.smtp_admin_email)
            .field("smtp_host", &self.smtp_host)
            .field("smtp_max_frequency", &self.smtp_max_frequency)
            .field("smtp_pass", &format_args!("[redacted]"))
            .field("smtp_port", &self.smtp_port)
            .field("smtp_sender_name", &self.smtp_sender_name)
            .field("smtp_user", &self.smtp_user)
            .field("uri_allow_list", &self.uri_allow_list)
            .field("webauthn_rp_display_name", &self.webauthn_rp_display_name)
            .field("webauthn_rp_id", &self.webauthn_rp_id)
            .field("webauthn_rp_origins", &self.webauthn_rp_origins)
            .finish()
    }
}

impl crate::runtime::ToFields for AuthConfigResponse {
    const NAME: &'static str = "AuthConfigResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("api_max_request_duration", &self.api_max_request_duration)
            .field("custom_oauth_enabled", &self.custom_oauth_enabled)
            .field("custom_oauth_max_providers", &self.custom_oauth_max_providers)
            .field("db_max_pool_size", &self.db_max_pool_size)
            .field("db_max_pool_size_unit", &self.db_max_pool_size_unit)
            .field("disable_signup", &self.disable_signup)
            .field(
                "external_anonymous_users_enabled",
                &self.external_anonymous_users_enabled,
            )
            .field(
                "external_apple_additional_client_ids",
                &self.external_apple_additional_client_ids,
            )
            .field("external_apple_client_id", &self.external_apple_client_id)
            .field("external_apple_email_optional", &self.external_apple_email_optional)
            .field("external_apple_enabled", &self.external_apple_enabled)
            .field("external_apple_secret", &self.external_apple_secret)
            .field("external_azure_client_id", &self.external_azure_client_id)
            .field("external_azure_email_optional", &self.external_azure_email_optional)
            .field("external_azure_enabled", &self.external_azure_enabled)
            .field("external_azure_secret", &self.external_azure_secret)
            .field("external_azure_url", &self.external_azure_url)
            .field("external_bitbucket_client_id", &self.external_bitbucket_client_id)
            .field(
                "external_bitbucket_email_optional",
                &self.external_bitbucket_email_optional,
            )
            .field("external_bitbucket_enabled", &self.external_bitbucket_enabled)
            .field("external_bitbucket_secret", &self.external_bitbucket_secret)
            .field("external_discord_client_id", &self.external_discord_client_id)
            .field(
                "external_discord_email_optional",
                &self.external_discord_email_optional,
            )
            .field("external_discord_enabled", &self.external_discord_enabled)
            .field("external_discord_secret", &self.external_discord_secret)
            .field("external_email_enabled", &self.external_email_enabled)
            .field("external_facebook_client_id", &self.external_facebook_client_id)
            .field(
                "external_facebook_email_optional",
                &self.external_facebook_email_optional,
            )
            .field("external_facebook_enabled", &self.external_facebook_enabled)
            .field("external_facebook_secret", &self.external_facebook_secret)
            .field("external_figma_client_id", &self.external_figma_client_id)
            .field("external_figma_email_optional", &self.external_figma_email_optional)
            .field("external_figma_enabled", &self.external_figma_enabled)
            .field("external_figma_secret", &self.external_figma_secret)
            .field("external_github_client_id", &self.external_github_client_id)
            .field(
                "external_github_email_optional",
                &self.external_github_email_optional,
            )
            .field("external_github_enabled", &self.external_github_enabled)
            .field("external_github_secret", &self.external_github_secret)
            .field("external_gitlab_client_id", &self.external_gitlab_client_id)
            .field(
                "external_gitlab_email_optional",
                &self.external_gitlab_email_optional,
            )
            .field("external_gitlab_enabled", &self.external_gitlab_enabled)
            .field("external_gitlab_secret", &self.external_gitlab_secret)
            .field("external_gitlab_url", &self.external_gitlab_url)
            .field(
                "external_google_additional_client_ids",
                &self.external_google_additional_client_ids,
            )
            .field("external_google_client_id", &self.external_google_client_id)
            .field(
                "external_google_email_optional",
                &self.external_google_email_optional,
            )
            .field("external_google_enabled", &self.external_google_enabled)
            .field("external_google_secret", &self.external_google_secret)
            .field(
                "external_google_skip_nonce_check",
                &self.external_google_skip_nonce_check,
            )
            .field("external_kakao_client_id", &self.external_kakao_client_id)
            .field("external_kakao_email_optional", &self.external_kakao_email_optional)
            .field("external_kakao_enabled", &self.external_kakao_enabled)
            .field("external_kakao_secret", &self.external_kakao_secret)
            .field("external_keycloak_client_id", &self.external_keycloak_client_id)
            .field(
                "external_keycloak_email_optional",
                &self.external_keycloak_email_optional,
            )
            .field("external_keycloak_enabled", &self.external_keycloak_enabled)
            .field("external_keycloak_secret", &self.external_keycloak_secret)
            .field("external_keycloak_url", &self.external_keycloak_url)
            .field(
                "external_linkedin_oidc_client_id",
                &self.external_linkedin_oidc_client_id,
            )
            .field(
                "external_linkedin_oidc_email_optional",
                &self.external_linkedin_oidc_email_optional,
            )
            .field(
                "external_linkedin_oidc_enabled",
                &self.external_linkedin_oidc_enabled,
            )
            .field("external_linkedin_oidc_secret", &self.external_linkedin_oidc_secret)
            .field("external_notion_client_id", &self.external_notion_client_id)
            .field(
                "external_notion_email_optional",
                &self.external_notion_email_optional,
            )
            .field("external_notion_enabled", &self.external_notion_enabled)
            .field("external_notion_secret", &self.external_notion_secret)
            .field("external_phone_enabled", &self.external_phone_enabled)
            .field("external_slack_client_id", &self.external_slack_client_id)
            .field("external_slack_email_optional", &self.external_slack_email_optional)
            .field("external_slack_enabled", &self.external_slack_enabled)
            .field("external_slack_oidc_client_id", &self.external_slack_oidc_client_id)
            .field(
                "external_slack_oidc_email_optional",
                &self.external_slack_oidc_email_optional,
            )
            .field("external_slack_oidc_enabled", &self.external_slack_oidc_enabled)
            .field("external_slack_oidc_secret", &self.external_slack_oidc_secret)
            .field("external_slack_secret", &self.external_slack_secret)
            .field("external_spotify_client_id", &self.external_spotify_client_id)
            .field(
                "external_spotify_email_optional",
                &self.external_spotify_email_optional,
            )
            .field("external_spotify_enabled", &self.external_spotify_enabled)
            .field("external_spotify_secret", &self.external_spotify_secret)
            .field("external_twitch_client_id", &self.external_twitch_client_id)
            .field(
                "external_twitch_email_optional",
                &self.external_twitch_email_optional,
            )
            .field("external_twitch_enabled", &self.external_twitch_enabled)
            .field("external_twitch_secret", &self.external_twitch_secret)
            .field("external_twitter_client_id", &self.external_twitter_client_id)
            .field(
                "external_twitter_email_optional",
                &self.external_twitter_email_optional,
            )
            .field("external_twitter_enabled", &self.external_twitter_enabled)
            .field("external_twitter_secret", &self.external_twitter_secret)
            .field(
                "external_web3_ethereum_enabled",
                &self.external_web3_ethereum_enabled,
            )
            .field("external_web3_solana_enabled", &self.external_web3_solana_enabled)
            .field("external_workos_client_id", &self.external_workos_client_id)
            .field("external_workos_enabled", &self.external_workos_enabled)
            .field("external_workos_secret", &self.external_workos_secret)
            .field("external_workos_url", &self.external_workos_url)
            .field("external_x_client_id", &self.external_x_client_id)
            .field("external_x_email_optional", &self.external_x_email_optional)
            .field("external_x_enabled", &self.external_x_enabled)
            .field("external_x_secret", &self.external_x_secret)
            .field("external_zoom_client_id", &self.external_zoom_client_id)
            .field("external_zoom_email_optional", &self.external_zoom_email_optional)
            .field("external_zoom_enabled", &self.external_zoom_enabled)
            .field("external_zoom_secret", &self.external_zoom_secret)
            .field(
                "hook_after_user_created_enabled",
                &self.hook_after_user_created_enabled,
            )
            .field(
                "hook_after_user_created_secrets",
                &self.hook_after_user_created_secrets,
            )
            .field("hook_after_user_created_uri", &self.hook_after_user_created_uri)
            .field(
                "hook_before_user_created_enabled",
                &self.hook_before_user_created_enabled,
            )
            .field(
                "hook_before_user_created_secrets",
                &self.hook_before_user_created_secrets,
            )
            .field("hook_before_user_created_uri", &self.hook_before_user_created_uri)
            .field(
                "hook_custom_access_token_enabled",
                &self.hook_custom_access_token_enabled,
            )
            .field(
                "hook_custom_access_token_secrets",
                &self.hook_custom_access_token_secrets,
            )
            .field("hook_custom_access_token_uri", &self.hook_custom_access_token_uri)
            .field(
                "hook_mfa_verification_attempt_enabled",
                &self.hook_mfa_verification_attempt_enabled,
            )
            .field(
                "hook_mfa_verification_attempt_secrets",
                &self.hook_mfa_verification_attempt_secrets,
            )
            .field(
                "hook_mfa_verification_attempt_uri",
                &self.hook_mfa_verification_attempt_uri,
            )
            .field(
                "hook_password_verification_attempt_enabled",
                &self.hook_password_verification_attempt_enabled,
            )
            .field(
                "hook_password_verification_attempt_secrets",
                &self.hook_password_verification_attempt_secrets,
            )
            .field(
                "hook_password_verification_attempt_uri",
                &self.hook_password_verification_attempt_uri,
            )
            .field("hook_send_email_enabled", &self.hook_send_email_enabled)
            .field("hook_send_email_secrets", &self.hook_send_email_secrets)
            .field("hook_send_email_uri", &self.hook_send_email_uri)
            .field("hook_send_sms_enabled", &self.hook_send_sms_enabled)
            .field("hook_send_sms_secrets", &self.hook_send_sms_secrets)
            .field("hook_send_sms_uri", &self.hook_send_sms_uri)
            .field("jwt_exp", &self.jwt_exp)
            .field(
                "mailer_allow_unverified_email_sign_ins",
                &self.mailer_allow_unverified_email_sign_ins,
            )
            .field("mailer_autoconfirm", &self.mailer_autoconfirm)
            .field(
                "mailer_notifications_email_changed_enabled",
                &self.mailer_notifications_email_changed_enabled,
            )
            .field(
                "mailer_notifications_identity_linked_enabled",
                &self.mailer_notifications_identity_linked_enabled,
            )
            .field(
                "mailer_notifications_identity_unlinked_enabled",
                &self.mailer_notifications_identity_unlinked_enabled,
            )
            .field(
                "mailer_notifications_mfa_factor_enrolled_enabled",
                &self.mailer_notifications_mfa_factor_enrolled_enabled,
            )
            .field(
                "mailer_notifications_mfa_factor_unenrolled_enabled",
                &self.mailer_notifications_mfa_factor_unenrolled_enabled,
            )
            .field(
                "mailer_notifications_password_changed_enabled",
                &self.mailer_notifications_password_changed_enabled,
            )
            .field(
                "mailer_notifications_phone_changed_enabled",
                &self.mailer_notifications_phone_changed_enabled,
            )
            .field("mailer_otp_exp", &self.mailer_otp_exp)
            .field("mailer_otp_length", &self.mailer_otp_length)
            .field(
                "mailer_secure_email_change_enabled",
                &self.mailer_secure_email_change_enabled,
            )
            .field("mailer_subjects_confirmation", &self.mailer_subjects_confirmation)
            .field("mailer_subjects_email_change", &self.mailer_subjects_email_change)
            .field(
                "mailer_subjects_email_changed_notification",
                &self.mailer_subjects_email_changed_notification,
            )
            .field(
                "mailer_subjects_identity_linked_notification",
                &self.mailer_subjects_identity_linked_notification,
            )
            .field(
                "mailer_subjects_identity_unlinked_notification",
                &self.mailer_subjects_identity_unlinked_notification,
            )
            .field("mailer_subjects_invite", &self.mailer_subjects_invite)
            .field("mailer_subjects_magic_link", &self.mailer_subjects_magic_link)
            .field(
                "mailer_subjects_mfa_factor_enrolled_notification",
                &self.mailer_subjects_mfa_factor_enrolled_notification,
            )
            .field(
                "mailer_subjects_mfa_factor_unenrolled_notification",
                &self.mailer_subjects_mfa_factor_unenrolled_notification,
            )
            .field(
                "mailer_subjects_password_changed_notification",
                &self.mailer_subjects_password_changed_notification,
            )
            .field(
                "mailer_subjects_phone_changed_notification",
                &self.mailer_subjects_phone_changed_notification,
            )
            .field(
                "mailer_subjects_reauthentication",
                &self.mailer_subjects_reauthentication,
            )
            .field("mailer_subjects_recovery", &self.mailer_subjects_recovery)
            .field(
                "mailer_templates_confirmation_content",
                &self.mailer_templates_confirmation_content,
            )
            .field(
                "mailer_templates_email_change_content",
                &self.mailer_templates_email_change_content,
            )
            .field(
                "mailer_templates_email_changed_notification_content",
                &self.mailer_templates_email_changed_notification_content,
            )
            .field(
                "mailer_templates_identity_linked_notification_content",
                &self.mailer_templates_identity_linked_notification_content,
            )
            .field(
                "mailer_templates_identity_unlinked_notification_content",
                &self.mailer_templates_identity_unlinked_notification_content,
            )
            .field(
                "mailer_templates_invite_content",
                &self.mailer_templates_invite_content,
            )
            .field(
                "mailer_templates_magic_link_content",
                &self.mailer_templates_magic_link_content,
            )
            .field(
                "mailer_templates_mfa_factor_enrolled_notification_content",
                &self.mailer_templates_mfa_factor_enrolled_notification_content,
            )
            .field(
                "mailer_templates_mfa_factor_unenrolled_notification_content",
                &self.mailer_templates_mfa_factor_unenrolled_notification_content,
            )
            .field(
                "mailer_templates_password_changed_notification_content",
                &self.mailer_templates_password_changed_notification_content,
            )
            .field(
                "mailer_templates_phone_changed_notification_content",
                &self.mailer_templates_phone_changed_notification_content,
            )
            .field(
                "mailer_templates_reauthentication_content",
                &self.mailer_templates_reauthentication_content,
            )
            .field(
                "mailer_templates_recovery_content",
                &self.mailer_templates_recovery_content,
            )
            .field("mfa_max_enrolled_factors", &self.mfa_max_enrolled_factors)
            .field("mfa_phone_enroll_enabled", &self.mfa_phone_enroll_enabled)
            .field("mfa_phone_max_frequency", &self.mfa_phone_max_frequency)
            .field("mfa_phone_otp_length", &self.mfa_phone_otp_length)
            .field("mfa_phone_template", &self.mfa_phone_template)
            .field("mfa_phone_verify_enabled", &self.mfa_phone_verify_enabled)
            .field("mfa_totp_enroll_enabled", &self.mfa_totp_enroll_enabled)
            .field("mfa_totp_verify_enabled", &self.mfa_totp_verify_enabled)
            .field("mfa_web_authn_enroll_enabled", &self.mfa_web_authn_enroll_enabled)
            .field("mfa_web_authn_verify_enabled", &self.mfa_web_authn_verify_enabled)
            .field("nimbus_oauth_client_id", &self.nimbus_oauth_client_id)
            .field("nimbus_oauth_client_secret", &self.nimbus_oauth_client_secret)
            .field("nimbus_oauth_email_optional", &self.nimbus_oauth_email_optional)
            .field(
                "oauth_server_allow_dynamic_registration",
                &self.oauth_server_allow_dynamic_registration,
            )
            .field(
                "oauth_server_authorization_path",
                &self.oauth_server_authorization_path,
            )
            .field("oauth_server_enabled", &self.oauth_server_enabled)
            .field("passkey_enabled", &self.passkey_enabled)
            .field("password_hibp_enabled", &self.password_hibp_enabled)
            .field("password_min_length", &self.password_min_length)
            .field("password_required_characters", &self.password_required_characters)
            .field("rate_limit_anonymous_users", &self.rate_limit_anonymous_users)
            .field("rate_limit_email_sent", &self.rate_limit_email_sent)
            .field("rate_limit_otp", &self.rate_limit_otp)
            .field("rate_limit_sms_sent", &self.rate_limit_sms_sent)
            .field("rate_limit_token_refresh", &self.rate_limit_token_refresh)
            .field("rate_limit_verify", &self.rate_limit_verify)
            .field("rate_limit_web3", &self.rate_limit_web3)
            .field(
                "refresh_token_rotation_enabled",
                &self.refresh_token_rotation_enabled,
            )
            .field(
                "saml_allow_encrypted_assertions",
                &self.saml_allow_encrypted_assertions,
            )
            .field("saml_enabled", &self.saml_enabled)
            .field("saml_external_url", &self.saml_external_url)
            .field("security_captcha_enabled", &self.security_captcha_enabled)
            .field("security_captcha_provider", &self.security_captcha_provider)
            .field("security_captcha_secret", &self.security_captcha_secret)
            .field(
                "security_manual_linking_enabled",
                &self.security_manual_linking_enabled,
            )
            .field(
                "security_refresh_token_reuse_interval",
                &self.security_refresh_token_reuse_interval,
            )
            .field(
                "security_sb_forwarded_for_enabled",
                &self.security_sb_forwarded_for_enabled,
            )
            .field(
                "security_update_password_require_reauthentication",
                &self.security_update_password_require_reauthentication,
            )
            .field("sessions_inactivity_timeout", &self.sessions_inactivity_timeout)
            .field("sessions_single_per_user", &self.sessions_single_per_user)
            .field("sessions_tags", &self.sessions_tags)
            .field("sessions_timebox", &self.sessions_timebox)
            .field("site_url", &self.site_url)
            .field("sms_autoconfirm", &self.sms_autoconfirm)
            .field("sms_max_frequency", &self.sms_max_frequency)
            .field("sms_messagebird_access_key", &self.sms_messagebird_access_key)
            .field("sms_messagebird_originator", &self.sms_messagebird_originator)
            .field("sms_otp_exp", &self.sms_otp_exp)
            .field("sms_otp_length", &self.sms_otp_length)
            .field("sms_provider", &self.sms_provider)
            .field("sms_template", &self.sms_template)
            .field("sms_test_otp", &self.sms_test_otp)
            .field("sms_test_otp_valid_until", &self.sms_test_otp_valid_until)
            .field("sms_textlocal_api_key", &self.sms_textlocal_api_key)
            .field("sms_textlocal_sender", &self.sms_textlocal_sender)
            .field("sms_twilio_account_sid", &self.sms_twilio_account_sid)
            .field("sms_twilio_auth_token", &self.sms_twilio_auth_token)
            .field("sms_twilio_content_sid", &self.sms_twilio_content_sid)
            .field(
                "sms_twilio_message_service_sid",
                &self.sms_twilio_message_service_sid,
            )
            .field("sms_twilio_verify_account_sid", &self.sms_twilio_verify_account_sid)
            .field("sms_twilio_verify_auth_token", &self.sms_twilio_verify_auth_token)
            .field(
                "sms_twilio_verify_message_service_sid",
                &self.sms_twilio_verify_message_service_sid,
            )
            .field("sms_vonage_api_key", &self.sms_vonage_api_key)
            .field("sms_vonage_api_secret", &self.sms_vonage_api_secret)
            .field("sms_vonage_from", &self.sms_vonage_from)
            .field("smtp_admin_email", &self.smtp_admin_email)
            .field("smtp_host", &self.smtp_host)
            .field("smtp_max_frequency", &self.smtp_max_frequency)
            .field("smtp_pass", &self.smtp_pass)
            .field("smtp_port", &self.smtp_port)
            .field("smtp_sender_name", &self.smtp_sender_name)
            .field("smtp_user", &self.smtp_user)
            .field("uri_allow_list", &self.uri_allow_list)
            .field("webauthn_rp_display_name", &self.webauthn_rp_display_name)
            .field("webauthn_rp_id", &self.webauthn_rp_id)
            .field("webauthn_rp_origins", &self.webauthn_rp_origins)
    }
}

impl crate::runtime::FromFields for AuthConfigResponse {
    const EXPECTING: &'static str = "struct AuthConfigResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut api_max_request_duration: Option<i64> = None;
        let mut custom_oauth_enabled: Option<bool> = None;
        let mut custom_oauth_max_providers: Option<i64> = None;
        let mut db_max_pool_size: Option<i64> = None;
        let mut db_max_pool_size_unit: Option<AuthConfigResponseDbMaxPoolSizeUnit> = None;
        let mut disable_signup: Option<bool> = None;
        let mut external_anonymous_users_enabled: Option<bool> = None;
        let mut external_apple_additional_client_ids: Option<String> = None;
        let mut external_apple_client_id: Option<String> = None;
        let mut external_apple_email_optional: Option<bool> = None;
        let mut external_apple_enabled: Option<bool> = None;
        let mut external_apple_secret: Option<String> = None;
        let mut external_azure_client_id: Option<String> = None;
        let mut external_azure_email_optional: Option<bool> = None;
        let mut external_azure_enabled: Option<bool> = None;
        let mut external_azure_secret: Option<String> = None;
        let mut external_azure_url: Option<String> = None;
        let mut external_bitbucket_client_id: Option<String> = None;
        let mut external_bitbucket_email_optional: Option<bool> = None;
        let mut external_bitbucket_enabled: Option<bool> = None;
        let mut external_bitbucket_secret: Option<String> = None;
        let mut external_discord_client_id: Option<String> = None;
        let mut external_discord_email_optional: Option<bool> = None;
        let mut external_discord_enabled: Option<bool> = None;
        let mut external_discord_secret: Option<String> = None;
        let mut external_email_enabled: Option<bool> = None;
        let mut external_facebook_client_id: Option<String> = None;
        let mut external_facebook_email_optional: Option<bool> = None;
        let mut external_facebook_enabled: Option<bool> = None;
        let mut external_facebook_secret: Option<String> = None;
        let mut external_figma_client_id: Option<String> = None;
        let mut external_figma_email_optional: Option<bool> = None;
        let mut external_figma_enabled: Option<bool> = None;
        let mut external_figma_secret: Option<String> = None;
        let mut external_github_client_id: Option<String> = None;
        let mut external_github_email_optional: Option<bool> = None;
        let mut external_github_enabled: Option<bool> = None;
        let mut external_github_secret: Option<String> = None;
        let mut external_gitlab_client_id: Option<String> = None;
        let mut external_gitlab_email_optional: Option<bool> = None;
        let mut external_gitlab_enabled: Option<bool> = None;
        let mut external_gitlab_secret: Option<String> = None;
        let mut external_gitlab_url: Option<String> = None;
        let mut external_google_additional_client_ids: Option<String> = None;
        let mut external_google_client_id: Option<String> = None;
        let mut external_google_email_optional: Option<bool> = None;
        let mut external_google_enabled: Option<bool> = None;
        let mut external_google_secret: Option<String> = None;
        let mut external_google_skip_nonce_check: Option<bool> = None;
        let mut external_kakao_client_id: Option<String> = None;
        let mut external_kakao_email_optional: Option<bool> = None;
        let mut external_kakao_enabled: Option<bool> = None;
        let mut external_kakao_secret: Option<String> = None;
        let mut external_keycloak_client_id: Option<String> = None;
        let mut external_keycloak_email_optional: Option<bool> = None;
        let mut external_keycloak_enabled: Option<bool> = None;
        let mut external_keycloak_secret: Option<String> = None;
        let mut external_keycloak_url: Option<String> = None;
        let mut external_linkedin_oidc_client_id: Option<String> = None;
        let mut external_linkedin_oidc_email_optional: Option<bool> = None;
        let mut external_linkedin_oidc_enabled: Option<bool> = None;
        let mut external_linkedin_oidc_secret: Option<String> = None;
        let mut external_notion_client_id: Option<String> = None;
        let mut external_notion_email_optional: Option<bool> = None;
        let mut external_notion_enabled: Option<bool> = None;
        let mut external_notion_secret: Option<String> = None;
        let mut external_phone_enabled: Option<bool> = None;
        let mut external_slack_client_id: Option<String> = None;
        let mut external_slack_email_optional: Option<bool> = None;
        let mut external_slack_enabled: Option<bool> = None;
        let mut external_slack_oidc_client_id: Option<String> = None;
        let mut external_slack_oidc_email_optional: Option<bool> = None;
        let mut external_slack_oidc_enabled: Option<bool> = None;
        let mut external_slack_oidc_secret: Option<String> = None;
        let mut external_slack_secret: Option<String> = None;
        let mut external_spotify_client_id: Option<String> = None;
        let mut external_spotify_email_optional: Option<bool> = None;
        let mut external_spotify_enabled: Option<bool> = None;
        let mut external_spotify_secret: Option<String> = None;
        let mut external_twitch_client_id: Option<String> = None;
        let mut external_twitch_email_optional: Option<bool> = None;
        let mut external_twitch_enabled: Option<bool> = None;
        let mut external_twitch_secret: Option<String> = None;
        let mut external_twitter_client_id: Option<String> = None;
        let mut external_twitter_email_optional: Option<bool> = None;
        let mut external_twitter_enabled: Option<bool> = None;
        let mut external_twitter_secret: Option<String> = None;
        let mut external_web3_ethereum_enabled: Option<bool> = None;
        let mut external_web3_solana_enabled: Option<bool> = None;
        let mut external_workos_client_id: Option<String> = None;
        let mut external_workos_enabled: Option<bool> = None;
        let mut external_workos_secret: Option<String> = None;
        let mut external_workos_url: Option<String> = None;
        let mut external_x_client_id: Option<String> = None;
        let mut external_x_email_optional: Option<bool> = None;
        let mut external_x_enabled: Option<bool> = None;
        let mut external_x_secret: Option<String> = None;
        let mut external_zoom_client_id: Option<String> = None;
        let mut external_zoom_email_optional: Option<bool> = None;
        let mut external_zoom_enabled: Option<bool> = None;
        let mut external_zoom_secret: Option<String> = None;
        let mut hook_after_user_created_enabled: Option<bool> = None;
        let mut hook_after_user_created_secrets: Option<String> = None;
        let mut hook_after_user_created_uri: Option<String> = None;
        let mut hook_before_user_created_enabled: Option<bool> = None;
        let mut hook_before_user_created_secrets: Option<String> = None;
        let mut hook_before_user_created_uri: Option<String> = None;
        let mut hook_custom_access_token_enabled: Option<bool> = None;
        let mut hook_custom_access_token_secrets: Option<String> = None;
        let mut hook_custom_access_token_uri: Option<String> = None;
        let mut hook_mfa_verification_attempt_enabled: Option<bool> = None;
        let mut hook_mfa_verification_attempt_secrets: Option<String> = None;
        let mut hook_mfa_verification_attempt_uri: Option<String> = None;
        let mut hook_password_verification_attempt_enabled: Option<bool> = None;
        let mut hook_password_verification_attempt_secrets: Option<String> = None;
        let mut hook_password_verification_attempt_uri: Option<String> = None;
        let mut hook_send_email_enabled: Option<bool> = None;
        let mut hook_send_email_secrets: Option<String> = None;
        let mut hook_send_email_uri: Option<String> = None;
        let mut hook_send_sms_enabled: Option<bool> = None;
        let mut hook_send_sms_secrets: Option<String> = None;
        let mut hook_send_sms_uri: Option<String> = None;
        let mut jwt_exp: Option<i64> = None;
        let mut mailer_allow_unverified_email_sign_ins: Option<bool> = None;
        let mut mailer_autoconfirm: Option<bool> = None;
        let mut mailer_notifications_email_changed_enabled: Option<bool> = None;
        let mut mailer_notifications_identity_linked_enabled: Option<bool> = None;
        let mut mailer_notifications_identity_unlinked_enabled: Option<bool> = None;
        let mut mailer_notifications_mfa_factor_enrolled_enabled: Option<bool> = None;
        let mut mailer_notifications_mfa_factor_unenrolled_enabled: Option<bool> = None;
        let mut mailer_notifications_password_changed_enabled: Option<bool> = None;
        let mut mailer_notifications_phone_changed_enabled: Option<bool> = None;
        let mut mailer_otp_exp: Option<i64> = None;
        let mut mailer_otp_length: Option<i64> = None;
        let mut mailer_secure_email_change_enabled: Option<bool> = None;
        let mut mailer_subjects_confirmation: Option<String> = None;
        let mut mailer_subjects_email_change: Option<String> = None;
        let mut mailer_subjects_email_changed_notification: Option<String> = None;
        let mut mailer_subjects_identity_linked_notification: Option<String> = None;
        let mut mailer_subjects_identity_unlinked_notification: Option<String> = None;
        let mut mailer_subjects_invite: Option<String> = None;
        let mut mailer_subjects_magic_link: Option<String> = None;
        let mut mailer_subjects_mfa_factor_enrolled_notification: Option<String> = None;
        let mut mailer_subjects_mfa_factor_unenrolled_notification: Option<String> = None;
        let mut mailer_subjects_password_changed_notification: Option<String> = None;
        let mut mailer_subjects_phone_changed_notification: Option<String> = None;
        let mut mailer_subjects_reauthentication: Option<String> = None;
        let mut mailer_subjects_recovery: Option<String> = None;
        let mut mailer_templates_confirmation_content: Option<String> = None;
        let mut mailer_templates_email_change_content: Option<String> = None;
        let mut mailer_templates_email_changed_notification_content: Option<String> = None;
        let mut mailer_templates_identity_linked_notification_content: Option<String> = None;
        let mut mailer_templates_identity_unlinked_notification_content: Option<
            String,
        > = None;
        let mut mailer_templates_invite_content: Option<String> = None;
        let mut mailer_templates_magic_link_content: Option<String> = None;
        let mut mailer_templates_mfa_factor_enrolled_notification_content: Option<
            String,
        > = None;
        let mut mailer_templates_mfa_factor_unenrolled_notification_content: Option<
            String,
        > = None;
        let mut mailer_templates_password_changed_notification_content: Option<String> = None;
        let mut mailer_templates_phone_changed_notification_content: Option<String> = None;
        let mut mailer_templates_reauthentication_content: Option<String> = None;
        let mut mailer_templates_recovery_content: Option<String> = None;
        let mut mfa_max_enrolled_factors: Option<i64> = None;
        let mut mfa_phone_enroll_enabled: Option<bool> = None;
        let mut mfa_phone_max_frequency: Option<i64> = None;
        let mut mfa_phone_otp_length: Option<i64> = None;
        let mut mfa_phone_template: Option<String> = None;
        let mut mfa_phone_verify_enabled: Option<bool> = None;
        let mut mfa_totp_enroll_enabled: Option<bool> = None;
        let mut mfa_totp_verify_enabled: Option<bool> = None;
        let mut mfa_web_authn_enroll_enabled: Option<bool> = None;
        let mut mfa_web_authn_verify_enabled: Option<bool> = None;
        let mut nimbus_oauth_client_id: Option<String> = None;
        let mut nimbus_oauth_client_secret: Option<String> = None;
        let mut nimbus_oauth_email_optional: Option<bool> = None;
        let mut oauth_server_allow_dynamic_registration: Option<bool> = None;
        let mut oauth_server_authorization_path: Option<String> = None;
        let mut oauth_server_enabled: Option<bool> = None;
        let mut passkey_enabled: Option<bool> = None;
        let mut password_hibp_enabled: Option<bool> = None;
        let mut password_min_length: Option<i64> = None;
        let mut password_required_characters: Option<
            AuthConfigResponsePasswordRequiredCharacters,
        > = None;
        let mut rate_limit_anonymous_users: Option<i64> = None;
        let mut rate_limit_email_sent: Option<i64> = None;
        let mut rate_limit_otp: Option<i64> = None;
        let mut rate_limit_sms_sent: Option<i64> = None;
        let mut rate_limit_token_refresh: Option<i64> = None;
        let mut rate_limit_verify: Option<i64> = None;
        let mut rate_limit_web3: Option<i64> = None;
        let mut refresh_token_rotation_enabled: Option<bool> = None;
        let mut saml_allow_encrypted_assertions: Option<bool> = None;
        let mut saml_enabled: Option<bool> = None;
        let mut saml_external_url: Option<String> = None;
        let mut security_captcha_enabled: Option<bool> = None;
        let mut security_captcha_provider: Option<
            AuthConfigResponseSecurityCaptchaProvider,
        > = None;
        let mut security_captcha_secret: Option<String> = None;
        let mut security_manual_linking_enabled: Option<bool> = None;
        let mut security_refresh_token_reuse_interval: Option<i64> = None;
        let mut security_sb_forwarded_for_enabled: Option<bool> = None;
        let mut security_update_password_require_reauthentication: Option<bool> = None;
        let mut sessions_inactivity_timeout: Option<f64> = None;
        let mut sessions_single_per_user: Option<bool> = None;
        let mut sessions_tags: Option<String> = None;
        let mut sessions_timebox: Option<f64> = None;
        let mut site_url: Option<String> = None;
        let mut sms_autoconfirm: Option<bool> = None;
        let mut sms_max_frequency: Option<i64> = None;
        let mut sms_messagebird_access_key: Option<String> = None;
        let mut sms_messagebird_originator: Option<String> = None;
        let mut sms_otp_exp: Option<i64> = None;
        let mut sms_otp_length: Option<i64> = None;
        let mut sms_provider: Option<AuthConfigResponseSmsProvider> = None;
        let mut sms_template: Option<String> = None;
        let mut sms_test_otp: Option<String> = None;
        let mut sms_test_otp_valid_until: Option<String> = None;
        let mut sms_textlocal_api_key: Option<String> = None;
        let mut sms_textlocal_sender: Option<String> = None;
        let mut sms_twilio_account_sid: Option<String> = None;
        let mut sms_twilio_auth_token: Option<String> = None;
        let mut sms_twilio_content_sid: Option<String> = None;
        let mut sms_twilio_message_service_sid: Option<String> = None;
        let mut sms_twilio_verify_account_sid: Option<String> = None;
        let mut sms_twilio_verify_auth_token: Option<String> = None;
        let mut sms_twilio_verify_message_service_sid: Option<String> = None;
        let mut sms_vonage_api_key: Option<String> = None;
        let mut sms_vonage_api_secret: Option<String> = None;
        let mut sms_vonage_from: Option<String> = None;
        let mut smtp_admin_email: Option<String> = None;
        let mut smtp_host: Option<String> = None;
        let mut smtp_max_frequency: Option<i64> = None;
        let mut smtp_pass: Option<String> = None;
        let mut smtp_port: Option<String> = None;
        let mut smtp_sender_name: Option<String> = None;
        let mut smtp_user: Option<String> = None;
        let mut uri_allow_list: Option<String> = None;
        let mut webauthn_rp_display_name: Option<String> = None;
        let mut webauthn_rp_id: Option<String> = None;
        let mut webauthn_rp_origins: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "api_max_request_duration" => __map.set(&mut api_max_request_duration),
                "custom_oauth_enabled" => __map.fill(&mut custom_oauth_enabled),
                "custom_oauth_max_providers" => {
                    __map.fill(&mut custom_oauth_max_providers)
                }
                "db_max_pool_size" => __map.set(&mut db_max_pool_size),
                "db_max_pool_size_unit" => __map.set(&mut db_max_pool_size_unit),
                "disable_signup" => __map.set(&mut disable_signup),
                "external_anonymous_users_enabled" => {
                    __map.set(&mut external_anonymous_users_enabled)
                }
                "external_apple_additional_client_ids" => {
                    __map.set(&mut external_apple_additional_client_ids)
                }
                "external_apple_client_id" => __map.set(&mut external_apple_client_id),
                "external_apple_email_optional" => {
                    __map.set(&mut external_apple_email_optional)
                }
                "external_apple_enabled" => __map.set(&mut external_apple_enabled),
                "external_apple_secret" => __map.set(&mut external_apple_secret),
                "external_azure_client_id" => __map.set(&mut external_azure_client_id),
                "external_azure_email_optional" => {
                    __map.set(&mut external_azure_email_optional)
                }
                "external_azure_enabled" => __map.set(&mut external_azure_enabled),
                "external_azure_secret" => __map.set(&mut external_azure_secret),
                "external_azure_url" => __map.set(&mut external_azure_url),
                "external_bitbucket_client_id" => {
                    __map.set(&mut external_bitbucket_client_id)
                }
                "external_bitbucket_email_optional" => {
                    __map.set(&mut external_bitbucket_email_optional)
                }
                "external_bitbucket_enabled" => {
                    __map.set(&mut external_bitbucket_enabled)
                }
                "external_bitbucket_secret" => __map.set(&mut external_bitbucket_secret),
                "external_discord_client_id" => {
                    __map.set(&mut external_discord_client_id)
                }
                "external_discord_email_optional" => {
                    __map.set(&mut external_discord_email_optional)
                }
                "external_discord_enabled" => __map.set(&mut external_discord_enabled),
                "external_discord_secret" => __map.set(&mut external_discord_secret),
                "external_email_enabled" => __map.set(&mut external_email_enabled),
                "external_facebook_client_id" => {
                    __map.set(&mut external_facebook_client_id)
                }
                "external_facebook_email_optional" => {
                    __map.set(&mut external_facebook_email_optional)
                }
                "external_facebook_enabled" => __map.set(&mut external_facebook_enabled),
                "external_facebook_secret" => __map.set(&mut external_facebook_secret),
                "external_figma_client_id" => __map.set(&mut external_figma_client_id),
                "external_figma_email_optional" => {
                    __map.set(&mut external_figma_email_optional)
                }
                "external_figma_enabled" => __map.set(&mut external_figma_enabled),
                "external_figma_secret" => __map.set(&mut external_figma_secret),
                "external_github_client_id" => __map.set(&mut external_github_client_id),
                "external_github_email_optional" => {
                    __map.set(&mut external_github_email_optional)
                }
                "external_github_enabled" => __map.set(&mut external_github_enabled),
                "external_github_secret" => __map.set(&mut external_github_secret),
                "external_gitlab_client_id" => __map.set(&mut external_gitlab_client_id),
                "external_gitlab_email_optional" => {
                    __map.set(&mut external_gitlab_email_optional)
                }
                "external_gitlab_enabled" => __map.set(&mut external_gitlab_enabled),
                "external_gitlab_secret" => __map.set(&mut external_gitlab_secret),
                "external_gitlab_url" => __map.set(&mut external_gitlab_url),
                "external_google_additional_client_ids" => {
                    __map.set(&mut external_google_additional_client_ids)
                }
                "external_google_client_id" => __map.set(&mut external_google_client_id),
                "external_google_email_optional" => {
                    __map.set(&mut external_google_email_optional)
                }
                "external_google_enabled" => __map.set(&mut external_google_enabled),
                "external_google_secret" => __map.set(&mut external_google_secret),
                "external_google_skip_nonce_check" => {
                    __map.set(&mut external_google_skip_nonce_check)
                }
                "external_kakao_client_id" => __map.set(&mut external_kakao_client_id),
                "external_kakao_email_optional" => {
                    __map.set(&mut external_kakao_email_optional)
                }
                "external_kakao_enabled" => __map.set(&mut external_kakao_enabled),
                "external_kakao_secret" => __map.set(&mut external_kakao_secret),
                "external_keycloak_client_id" => {
                    __map.set(&mut external_keycloak_client_id)
                }
                "external_keycloak_email_optional" => {
                    __map.set(&mut external_keycloak_email_optional)
                }
                "external_keycloak_enabled" => __map.set(&mut external_keycloak_enabled),
                "external_keycloak_secret" => __map.set(&mut external_keycloak_secret),
                "external_keycloak_url" => __map.set(&mut external_keycloak_url),
                "external_linkedin_oidc_client_id" => {
                    __map.set(&mut external_linkedin_oidc_client_id)
                }
                "external_linkedin_oidc_email_optional" => {
                    __map.set(&mut external_linkedin_oidc_email_optional)
                }
                "external_linkedin_oidc_enabled" => {
                    __map.set(&mut external_linkedin_oidc_enabled)
                }
                "external_linkedin_oidc_secret" => {
                    __map.set(&mut external_linkedin_oidc_secret)
                }
                "external_notion_client_id" => __map.set(&mut external_notion_client_id),
                "external_notion_email_optional" => {
                    __map.set(&mut external_notion_email_optional)
                }
                "external_notion_enabled" => __map.set(&mut external_notion_enabled),
                "external_notion_secret" => __map.set(&mut external_notion_secret),
                "external_phone_enabled" => __map.set(&mut external_phone_enabled),
                "external_slack_client_id" => __map.set(&mut external_slack_client_id),
                "external_slack_email_optional" => {
                    __map.set(&mut external_slack_email_optional)
                }
                "external_slack_enabled" => __map.set(&mut external_slack_enabled),
                "external_slack_oidc_client_id" => {
                    __map.set(&mut external_slack_oidc_client_id)
                }
                "external_slack_oidc_email_optional" => {
                    __map.set(&mut external_slack_oidc_email_optional)
                }
                "external_slack_oidc_enabled" => {
                    __map.set(&mut external_slack_oidc_enabled)
                }
                "external_slack_oidc_secret" => {
                    __map.set(&mut external_slack_oidc_secret)
                }
                "external_slack_secret" => __map.set(&mut external_slack_secret),
                "external_spotify_client_id" => {
                    __map.set(&mut external_spotify_client_id)
                }
                "external_spotify_email_optional" => {
                    __map.set(&mut external_spotify_email_optional)
                }
                "external_spotify_enabled" => __map.set(&mut external_spotify_enabled),
                "external_spotify_secret" => __map.set(&mut external_spotify_secret),
                "external_twitch_client_id" => __map.set(&mut external_twitch_client_id),
                "external_twitch_email_optional" => {
                    __map.set(&mut external_twitch_email_optional)
                }
                "external_twitch_enabled" => __map.set(&mut external_twitch_enabled),
                "external_twitch_secret" => __map.set(&mut external_twitch_secret),
                "external_twitter_client_id" => {
                    __map.set(&mut external_twitter_client_id)
                }
                "external_twitter_email_optional" => {
                    __map.set(&mut external_twitter_email_optional)
                }
                "external_twitter_enabled" => __map.set(&mut external_twitter_enabled),
                "external_twitter_secret" => __map.set(&mut external_twitter_secret),
                "external_web3_ethereum_enabled" => {
                    __map.set(&mut external_web3_ethereum_enabled)
                }
                "external_web3_solana_enabled" => {
                    __map.set(&mut external_web3_solana_enabled)
                }
                "external_workos_client_id" => __map.set(&mut external_workos_client_id),
                "external_workos_enabled" => __map.set(&mut external_workos_enabled),
                "external_workos_secret" => __map.set(&mut external_workos_secret),
                "external_workos_url" => __map.set(&mut external_workos_url),
                "external_x_client_id" => __map.set(&mut external_x_client_id),
                "external_x_email_optional" => __map.set(&mut external_x_email_optional),
                "external_x_enabled" => __map.set(&mut external_x_enabled),
                "external_x_secret" => __map.set(&mut external_x_secret),
                "external_zoom_client_id" => __map.set(&mut external_zoom_client_id),
                "external_zoom_email_optional" => {
                    __map.set(&mut external_zoom_email_optional)
                }
                "external_zoom_enabled" => __map.set(&mut external_zoom_enabled),
                "external_zoom_secret" => __map.set(&mut external_zoom_secret),
                "hook_after_user_created_enabled" => {
                    __map.set(&mut hook_after_user_created_enabled)
                }
                "hook_after_user_created_secrets" => {
                    __map.set(&mut hook_after_user_created_secrets)
                }
                "hook_after_user_created_uri" => {
                    __map.set(&mut hook_after_user_created_uri)
                }
                "hook_before_user_created_enabled" => {
                    __map.set(&mut hook_before_user_created_enabled)
                }
                "hook_before_user_created_secrets" => {
                    __map.set(&mut hook_before_user_created_secrets)
                }
                "hook_before_user_created_uri" => {
                    __map.set(&mut hook_before_user_created_uri)
                }
                "hook_custom_access_token_enabled" => {
                    __map.set(&mut hook_custom_access_token_enabled)
                }
                "hook_custom_access_token_secrets" => {
                    __map.set(&mut hook_custom_access_token_secrets)
                }
                "hook_custom_access_token_uri" => {
                    __map.set(&mut hook_custom_access_token_uri)
                }
                "hook_mfa_verification_attempt_enabled" => {
                    __map.set(&mut hook_mfa_verification_attempt_enabled)
                }
                "hook_mfa_verification_attempt_secrets" => {
                    __map.set(&mut hook_mfa_verification_attempt_secrets)
                }
                "hook_mfa_verification_attempt_uri" => {
                    __map.set(&mut hook_mfa_verification_attempt_uri)
                }
                "hook_password_verification_attempt_enabled" => {
                    __map.set(&mut hook_password_verification_attempt_enabled)
                }
                "hook_password_verification_attempt_secrets" => {
                    __map.set(&mut hook_password_verification_attempt_secrets)
                }
                "hook_password_verification_attempt_uri" => {
                    __map.set(&mut hook_password_verification_attempt_uri)
                }
                "hook_send_email_enabled" => __map.set(&mut hook_send_email_enabled),
                "hook_send_email_secrets" => __map.set(&mut hook_send_email_secrets),
                "hook_send_email_uri" => __map.set(&mut hook_send_email_uri),
                "hook_send_sms_enabled" => __map.set(&mut hook_send_sms_enabled),
                "hook_send_sms_secrets" => __map.set(&mut hook_send_sms_secrets),
                "hook_send_sms_uri" => __map.set(&mut hook_send_sms_uri),
                "jwt_exp" => __map.set(&mut jwt_exp),
                "mailer_allow_unverified_email_sign_ins" => {
                    __map.set(&mut mailer_allow_unverified_email_sign_ins)
                }
                "mailer_autoconfirm" => __map.set(&mut mailer_autoconfirm),
                "mailer_notifications_email_changed_enabled" => {
                    __map.set(&mut mailer_notifications_email_changed_enabled)
                }
                "mailer_notifications_identity_linked_enabled" => {
                    __map.set(&mut mailer_notifications_identity_linked_enabled)
                }
                "mailer_notifications_identity_unlinked_enabled" => {
                    __map.set(&mut mailer_notifications_identity_unlinked_enabled)
                }
                "mailer_notifications_mfa_factor_enrolled_enabled" => {
                    __map.set(&mut mailer_notifications_mfa_factor_enrolled_enabled)
                }
                "mailer_notifications_mfa_factor_unenrolled_enabled" => {
                    __map.set(&mut mailer_notifications_mfa_factor_unenrolled_enabled)
                }
                "mailer_notifications_password_changed_enabled" => {
                    __map.set(&mut mailer_notifications_password_changed_enabled)
                }
                "mailer_notifications_phone_changed_enabled" => {
                    __map.set(&mut mailer_notifications_phone_changed_enabled)
                }
                "mailer_otp_exp" => __map.fill(&mut mailer_otp_exp),
                "mailer_otp_length" => __map.set(&mut mailer_otp_length),
                "mailer_secure_email_change_enabled" => {
                    __map.set(&mut mailer_secure_email_change_enabled)
                }
                "mailer_subjects_confirmation" => {
                    __map.set(&mut mailer_subjects_confirmation)
                }
                "mailer_subjects_email_change" => {
                    __map.set(&mut mailer_subjects_email_change)
                }
                "mailer_subjects_email_changed_notification" => {
                    __map.set(&mut mailer_subjects_email_changed_notification)
                }
                "mailer_subjects_identity_linked_notification" => {
                    __map.set(&mut mailer_subjects_identity_linked_notification)
                }
                "mailer_subjects_identity_unlinked_notification" => {
                    __map.set(&mut mailer_subjects_identity_unlinked_notification)
                }
                "mailer_subjects_invite" => __map.set(&mut mailer_subjects_invite),
                "mailer_subjects_magic_link" => {
                    __map.set(&mut mailer_subjects_magic_link)
                }
                "mailer_subjects_mfa_factor_enrolled_notification" => {
                    __map.set(&mut mailer_subjects_mfa_factor_enrolled_notification)
                }
                "mailer_subjects_mfa_factor_unenrolled_notification" => {
                    __map.set(&mut mailer_subjects_mfa_factor_unenrolled_notification)
                }
                "mailer_subjects_password_changed_notification" => {
                    __map.set(&mut mailer_subjects_password_changed_notification)
                }
                "mailer_subjects_phone_changed_notification" => {
                    __map.set(&mut mailer_subjects_phone_changed_notification)
                }
                "mailer_subjects_reauthentication" => {
                    __map.set(&mut mailer_subjects_reauthentication)
                }
                "mailer_subjects_recovery" => __map.set(&mut mailer_subjects_recovery),
                "mailer_templates_confirmation_content" => {
                    __map.set(&mut mailer_templates_confirmation_content)
                }
                "mailer_templates_email_change_content" => {
                    __map.set(&mut mailer_templates_email_change_content)
                }
                "mailer_templates_email_changed_notification_content" => {
                    __map.set(&mut mailer_templates_email_changed_notification_content)
                }
                "mailer_templates_identity_linked_notification_content" => {
                    __map.set(&mut mailer_templates_identity_linked_notification_content)
                }
                "mailer_templates_identity_unlinked_notification_content" => {
                    __map
                        .set(
                            &mut mailer_templates_identity_unlinked_notification_content,
                        )
                }
                "mailer_templates_invite_content" => {
                    __map.set(&mut mailer_templates_invite_content)
                }
                "mailer_templates_magic_link_content" => {
                    __map.set(&mut mailer_templates_magic_link_content)
                }
                "mailer_templates_mfa_factor_enrolled_notification_content" => {
                    __map
                        .set(
                            &mut mailer_templates_mfa_factor_enrolled_notification_content,
                        )
                }
                "mailer_templates_mfa_factor_unenrolled_notification_content" => {
                    __map
                        .set(
                            &mut mailer_templates_mfa_factor_unenrolled_notification_content,
                        )
                }
                "mailer_templates_password_changed_notification_content" => {
                    __map
                        .set(&mut mailer_templates_password_changed_notification_content)
                }
                "mailer_templates_phone_changed_notification_content" => {
                    __map.set(&mut mailer_templates_phone_changed_notification_content)
                }
                "mailer_templates_reauthentication_content" => {
                    __map.set(&mut mailer_templates_reauthentication_content)
                }
                "mailer_templates_recovery_content" => {
                    __map.set(&mut mailer_templates_recovery_content)
                }
                "mfa_max_enrolled_factors" => __map.set(&mut mfa_max_enrolled_factors),
                "mfa_phone_enroll_enabled" => __map.set(&mut mfa_phone_enroll_enabled),
                "mfa_phone_max_frequency" => __map.set(&mut mfa_phone_max_frequency),
                "mfa_phone_otp_length" => __map.fill(&mut mfa_phone_otp_length),
                "mfa_phone_template" => __map.set(&mut mfa_phone_template),
                "mfa_phone_verify_enabled" => __map.set(&mut mfa_phone_verify_enabled),
                "mfa_totp_enroll_enabled" => __map.set(&mut mfa_totp_enroll_enabled),
                "mfa_totp_verify_enabled" => __map.set(&mut mfa_totp_verify_enabled),
                "mfa_web_authn_enroll_enabled" => {
                    __map.set(&mut mfa_web_authn_enroll_enabled)
                }
                "mfa_web_authn_verify_enabled" => {
                    __map.set(&mut mfa_web_authn_verify_enabled)
                }
                "nimbus_oauth_client_id" => __map.set(&mut nimbus_oauth_client_id),
                "nimbus_oauth_client_secret" => {
                    __map.set(&mut nimbus_oauth_client_secret)
                }
                "nimbus_oauth_email_optional" => {
                    __map.set(&mut nimbus_oauth_email_optional)
                }
                "oauth_server_allow_dynamic_registration" => {
                    __map.fill(&mut oauth_server_allow_dynamic_registration)
                }
                "oauth_server_authorization_path" => {
                    __map.set(&mut oauth_server_authorization_path)
                }
                "oauth_server_enabled" => __map.fill(&mut oauth_server_enabled),
                "passkey_enabled" => __map.fill(&mut passkey_enabled),
                "password_hibp_enabled" => __map.set(&mut password_hibp_enabled),
                "password_min_length" => __map.set(&mut password_min_length),
                "password_required_characters" => {
                    __map.set(&mut password_required_characters)
                }
                "rate_limit_anonymous_users" => {
                    __map.set(&mut rate_limit_anonymous_users)
                }
                "rate_limit_email_sent" => __map.set(&mut rate_limit_email_sent),
                "rate_limit_otp" => __map.set(&mut rate_limit_otp),
                "rate_limit_sms_sent" => __map.set(&mut rate_limit_sms_sent),
                "rate_limit_token_refresh" => __map.set(&mut rate_limit_token_refresh),
                "rate_limit_verify" => __map.set(&mut rate_limit_verify),
                "rate_limit_web3" => __map.set(&mut rate_limit_web3),
                "refresh_token_rotation_enabled" => {
                    __map.set(&mut refresh_token_rotation_enabled)
                }
                "saml_allow_encrypted_assertions" => {
                    __map.set(&mut saml_allow_encrypted_assertions)
                }
                "saml_enabled" => __map.set(&mut saml_enabled),
                "saml_external_url" => __map.set(&mut saml_external_url),
                "security_captcha_enabled" => __map.set(&mut security_captcha_enabled),
                "security_captcha_provider" => __map.set(&mut security_captcha_provider),
                "security_captcha_secret" => __map.set(&mut security_captcha_secret),
                "security_manual_linking_enabled" => {
                    __map.set(&mut security_manual_linking_enabled)
                }
                "security_refresh_token_reuse_interval" => {
                    __map.set(&mut security_refresh_token_reuse_interval)
                }
                "security_sb_forwarded_for_enabled" => {
                    __map.set(&mut security_sb_forwarded_for_enabled)
                }
                "security_update_password_require_reauthentication" => {
                    __map.set(&mut security_update_password_require_reauthentication)
                }
                "sessions_inactivity_timeout" => {
                    __map.set(&mut sessions_inactivity_timeout)
                }
                "sessions_single_per_user" => __map.set(&mut sessions_single_per_user),
                "sessions_tags" => __map.set(&mut sessions_tags),
                "sessions_timebox" => __map.set(&mut sessions_timebox),
                "site_url" => __map.set(&mut site_url),
                "sms_autoconfirm" => __map.set(&mut sms_autoconfirm),
                "sms_max_frequency" => __map.set(&mut sms_max_frequency),
                "sms_messagebird_access_key" => {
                    __map.set(&mut sms_messagebird_access_key)
                }
                "sms_messagebird_originator" => {
                    __map.set(&mut sms_messagebird_originator)
                }
                "sms_otp_exp" => __map.set(&mut sms_otp_exp),
                "sms_otp_length" => __map.fill(&mut sms_otp_length),
                "sms_provider" => __map.set(&mut sms_provider),
                "sms_template" => __map.set(&mut sms_template),
                "sms_test_otp" => __map.set(&mut sms_test_otp),
                "sms_test_otp_valid_until" => __map.set(&mut sms_test_otp_valid_until),
                "sms_textlocal_api_key" => __map.set(&mut sms_textlocal_api_key),
                "sms_textlocal_sender" => __map.set(&mut sms_textlocal_sender),
                "sms_twilio_account_sid" => __map.set(&mut sms_twilio_account_sid),
                "sms_twilio_auth_token" => __map.set(&mut sms_twilio_auth_token),
                "sms_twilio_content_sid" => __map.set(&mut sms_twilio_content_sid),
                "sms_twilio_message_service_sid" => {
                    __map.set(&mut sms_twilio_message_service_sid)
                }
                "sms_twilio_verify_account_sid" => {
                    __map.set(&mut sms_twilio_verify_account_sid)
                }
                "sms_twilio_verify_auth_token" => {
                    __map.set(&mut sms_twilio_verify_auth_token)
                }
                "sms_twilio_verify_message_service_sid" => {
                    __map.set(&mut sms_twilio_verify_message_service_sid)
                }
                "sms_vonage_api_key" => __map.set(&mut sms_vonage_api_key),
                "sms_vonage_api_secret" => __map.set(&mut sms_vonage_api_secret),
                "sms_vonage_from" => __map.set(&mut sms_vonage_from),
                "smtp_admin_email" => __map.set(&mut smtp_admin_email),
                "smtp_host" => __map.set(&mut smtp_host),
                "smtp_max_frequency" => __map.set(&mut smtp_max_frequency),
                "smtp_pass" => __map.set(&mut smtp_pass),
                "smtp_port" => __map.set(&mut smtp_port),
                "smtp_sender_name" => __map.set(&mut smtp_sender_name),
                "smtp_user" => __map.set(&mut smtp_user),
                "uri_allow_list" => __map.set(&mut uri_allow_list),
                "webauthn_rp_display_name" => __map.set(&mut webauthn_rp_display_name),
                "webauthn_rp_id" => __map.set(&mut webauthn_rp_id),
                "webauthn_rp_origins" => __map.set(&mut webauthn_rp_origins),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(AuthConfigResponse {
            api_max_request_duration,
            custom_oauth_enabled: crate::runtime::required(
                custom_oauth_enabled,
                "custom_oauth_enabled",
            )?,
            custom_oauth_max_providers: crate::runtime::required(
                custom_oauth_max_providers,
                "custom_oauth_max_providers",
            )?,
            db_max_pool_size,
            db_max_pool_size_unit,
            disable_signup,
            external_anonymous_users_enabled,
            external_apple_additional_client_ids,
            external_apple_client_id,
            external_apple_email_optional,
            external_apple_enabled,
            external_apple_secret,
            external_azure_client_id,
            external_azure_email_optional,
            external_azure_enabled,
            external_azure_secret,
            external_azure_url,
            external_bitbucket_client_id,
            external_bitbucket_email_optional,
            external_bitbucket_enabled,
            external_bitbucket_secret,
            external_discord_client_id,
            external_discord_email_optional,
            external_discord_enabled,
            external_discord_secret,
            external_email_enabled,
            external_facebook_client_id,
            external_facebook_email_optional,
            external_facebook_enabled,
            external_facebook_secret,
            external_figma_client_id,
            external_figma_email_optional,
            external_figma_enabled,
            external_figma_secret,
            external_github_client_id,
            external_github_email_optional,
            external_github_enabled,
            external_github_secret,
            external_gitlab_client_id,
            external_gitlab_email_optional,
            external_gitlab_enabled,
            external_gitlab_secret,
            external_gitlab_url,
            external_google_additional_client_ids,
            external_google_client_id,
            external_google_email_optional,
            external_google_enabled,
            external_google_secret,
            external_google_skip_nonce_check,
            external_kakao_client_id,
            external_kakao_email_optional,
            external_kakao_enabled,
            external_kakao_secret,
            external_keycloak_client_id,
            external_keycloak_email_optional,
            external_keycloak_enabled,
            external_keycloak_secret,
            external_keycloak_url,
            external_linkedin_oidc_client_id,
            external_linkedin_oidc_email_optional,
            external_linkedin_oidc_enabled,
            external_linkedin_oidc_secret,
            external_notion_client_id,
            external_notion_email_optional,
            external_notion_enabled,
            external_notion_secret,
            external_phone_enabled,
            external_slack_client_id,
            external_slack_email_optional,
            external_slack_enabled,
            external_slack_oidc_client_id,
            external_slack_oidc_email_optional,
            external_slack_oidc_enabled,
            external_slack_oidc_secret,
            external_slack_secret,
            external_spotify_client_id,
            external_spotify_email_optional,
            external_spotify_enabled,
            external_spotify_secret,
            external_twitch_client_id,
            external_twitch_email_optional,
            external_twitch_enabled,
            external_twitch_secret,
            external_twitter_client_id,
            external_twitter_email_optional,
            external_twitter_enabled,
            external_twitter_secret,
            external_web3_ethereum_enabled,
            external_web3_solana_enabled,
            external_workos_client_id,
            external_workos_enabled,
            external_workos_secret,
            external_workos_url,
            external_x_client_id,
            external_x_email_optional,
            external_x_enabled,
            external_x_secret,
            external_zoom_client_id,
            external_zoom_email_optional,
            external_zoom_enabled,
            external_zoom_secret,
            hook_after_user_created_enabled,
            hook_after_user_created_secrets,
            hook_after_user_created_uri,
            hook_before_user_created_enabled,
            hook_before_user_created_secrets,
            hook_before_user_created_uri,
            hook_custom_access_token_enabled,
            hook_custom_access_token_secrets,
            hook_custom_access_token_uri,
            hook_mfa_verification_attempt_enabled,
            hook_mfa_verification_attempt_secrets,
            hook_mfa_verification_attempt_uri,
            hook_password_verification_attempt_enabled,
            hook_password_verification_attempt_secrets,
            hook_password_verification_attempt_uri,
            hook_send_email_enabled,
            hook_send_email_secrets,
            hook_send_email_uri,
            hook_send_sms_enabled,
            hook_send_sms_secrets,
            hook_send_sms_uri,
            jwt_exp,
            mailer_allow_unverified_email_sign_ins,
            mailer_autoconfirm,
            mailer_notifications_email_changed_enabled,
            mailer_notifications_identity_linked_enabled,
            mailer_notifications_identity_unlinked_enabled,
            mailer_notifications_mfa_factor_enrolled_enabled,
            mailer_notifications_mfa_factor_unenrolled_enabled,
            mailer_notifications_password_changed_enabled,
            mailer_notifications_phone_changed_enabled,
            mailer_otp_exp: crate::runtime::required(mailer_otp_exp, "mailer_otp_exp")?,
            mailer_otp_length,
            mailer_secure_email_change_enabled,
            mailer_subjects_confirmation,
            mailer_subjects_email_change,
            mailer_subjects_email_changed_notification,
            mailer_subjects_identity_linked_notification,
            mailer_subjects_identity_unlinked_notification,
            mailer_subjects_invite,
            mailer_subjects_magic_link,
            mailer_subjects_mfa_factor_enrolled_notification,
            mailer_subjects_mfa_factor_unenrolled_notification,
            mailer_subjects_password_changed_notification,
            mailer_subjects_phone_changed_notification,
            mailer_subjects_reauthentication,
            mailer_subjects_recovery,
            mailer_templates_confirmation_content,
            mailer_templates_email_change_content,
            mailer_templates_email_changed_notification_content,
            mailer_templates_identity_linked_notification_content,
            mailer_templates_identity_unlinked_notification_content,
            mailer_templates_invite_content,
            mailer_templates_magic_link_content,
            mailer_templates_mfa_factor_enrolled_notification_content,
            mailer_templates_mfa_factor_unenrolled_notification_content,
            mailer_templates_password_changed_notification_content,
            mailer_templates_phone_changed_notification_content,
            mailer_templates_reauthentication_content,
            mailer_templates_recovery_content,
            mfa_max_enrolled_factors,
            mfa_phone_enroll_enabled,
            mfa_phone_max_frequency,
            mfa_phone_otp_length: crate::runtime::required(
                mfa_phone_otp_length,
                "mfa_phone_otp_length",
            )?,
            mfa_phone_template,
            mfa_phone_verify_enabled,
            mfa_totp_enroll_enabled,
            mfa_totp_verify_enabled,
            mfa_web_authn_enroll_enabled,
            mfa_web_authn_verify_enabled,
            nimbus_oauth_client_id,
            nimbus_oauth_client_secret,
            nimbus_oauth_email_optional,
            oauth_server_allow_dynamic_registration: crate::runtime::required(
                oauth_server_allow_dynamic_registration,
                "oauth_server_allow_dynamic_registration",
            )?,
            oauth_server_authorization_path,
            oauth_server_enabled: crate::runtime::required(
                oauth_server_enabled,
                "oauth_server_enabled",
            )?,
            passkey_enabled: crate::runtime::required(
                passkey_enabled,
                "passkey_enabled",
            )?,
            password_hibp_enabled,
            password_min_length,
            password_required_characters,
            rate_limit_anonymous_users,
            rate_limit_email_sent,
            rate_limit_otp,
            rate_limit_sms_sent,
            rate_limit_token_refresh,
            rate_limit_verify,
            rate_limit_web3,
            refresh_token_rotation_enabled,
            saml_allow_encrypted_assertions,
            saml_enabled,
            saml_external_url,
            security_captcha_enabled,
            security_captcha_provider,
            security_captcha_secret,
            security_manual_linking_enabled,
            security_refresh_token_reuse_interval,
            security_sb_forwarded_for_enabled,
            security_update_password_require_reauthentication,
            sessions_inactivity_timeout,
            sessions_single_per_user,
            sessions_tags,
            sessions_timebox,
            site_url,
            sms_autoconfirm,
            sms_max_frequency,
            sms_messagebird_access_key,
            sms_messagebird_originator,
            sms_otp_exp,
            sms_otp_length: crate::runtime::required(sms_otp_length, "sms_otp_length")?,
            sms_provider,
            sms_template,
            sms_test_otp,
            sms_test_otp_valid_until,
            sms_textlocal_api_key,
            sms_textlocal_sender,
            sms_twilio_account_sid,
            sms_twilio_auth_token,
            sms_twilio_content_sid,
            sms_twilio_message_service_sid,
            sms_twilio_verify_account_sid,
            sms_twilio_verify_auth_token,
            sms_twilio_verify_message_service_sid,
            sms_vonage_api_key,
            sms_vonage_api_secret,
            sms_vonage_from,
            smtp_admin_email,
            smtp_host,
            smtp_max_frequency,
            smtp_pass,
            smtp_port,
            smtp_sender_name,
            smtp_user,
            uri_allow_list,
            webauthn_rp_display_name,
            webauthn_rp_id,
            webauthn_rp_origins,
        })
    }
}
crate::runtime::object_serde!(AuthConfigResponse);

/// `AuthConfigResponseDbMaxPoolSizeUnit`
///
/// Schema: `#/components/schemas/AuthConfigResponse/properties/db_max_pool_size_unit`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthConfigResponseDbMaxPoolSizeUnit {
    /// `connections`
    Connections,
    /// `percent`
    Percent,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl AuthConfigResponseDbMaxPoolSizeUnit {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Connections => "connections",
            Self::Percent => "percent",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AuthConfigResponseDbMaxPoolSizeUnit {
    fn from(value: &str) -> Self {
        match value {
            "connections" => Self::Connections,
            "percent" => Self::Percent,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for AuthConfigResponseDbMaxPoolSizeUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AuthConfigResponseDbMaxPoolSizeUnit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AuthConfigResponseDbMaxPoolSizeUnit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `AuthConfigResponsePasswordRequiredCharacters`
///
/// Schema: `#/components/schemas/AuthConfigResponse/properties/password_required_characters`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthConfigResponsePasswordRequiredCharacters {
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

impl AuthConfigResponsePasswordRequiredCharacters {
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

impl From<&str> for AuthConfigResponsePasswordRequiredCharacters {
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

impl std::fmt::Display for AuthConfigResponsePasswordRequiredCharacters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AuthConfigResponsePasswordRequiredCharacters {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AuthConfigResponsePasswordRequiredCharacters {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `AuthConfigResponseSecurityCaptchaProvider`
///
/// Schema: `#/components/schemas/AuthConfigResponse/properties/security_captcha_provider`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthConfigResponseSecurityCaptchaProvider {
    /// `turnstile`
    Turnstile,
    /// `hcaptcha`
    Hcaptcha,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl AuthConfigResponseSecurityCaptchaProvider {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Turnstile => "turnstile",
            Self::Hcaptcha => "hcaptcha",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AuthConfigResponseSecurityCaptchaProvider {
    fn from(value: &str) -> Self {
        match value {
            "turnstile" => Self::Turnstile,
            "hcaptcha" => Self::Hcaptcha,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for AuthConfigResponseSecurityCaptchaProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AuthConfigResponseSecurityCaptchaProvider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AuthConfigResponseSecurityCaptchaProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

/// `AuthConfigResponseSmsProvider`
///
/// Schema: `#/components/schemas/AuthConfigResponse/properties/sms_provider`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthConfigResponseSmsProvider {
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

impl AuthConfigResponseSmsProvider {
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

impl From<&str> for AuthConfigResponseSmsProvider {
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

impl std::fmt::Display for AuthConfigResponseSmsProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AuthConfigResponseSmsProvider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AuthConfigResponseSmsProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
