//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateAuthConfigBody`.

use serde::{Deserialize, Serialize};

/// `UpdateAuthConfigBody`
///
/// Schema: `#/components/schemas/UpdateAuthConfigBody`
#[derive(Clone, PartialEq, Default)]
pub struct UpdateAuthConfigBody {
    /// `api_max_request_duration`
    pub api_max_request_duration: crate::runtime::Nullable<i64>,
    /// `custom_oauth_enabled`
    pub custom_oauth_enabled: Option<bool>,
    /// `db_max_pool_size`
    pub db_max_pool_size: crate::runtime::Nullable<i64>,
    /// `db_max_pool_size_unit`
    pub db_max_pool_size_unit: crate::runtime::Nullable<
        UpdateAuthConfigBodyDbMaxPoolSizeUnit,
    >,
    /// `disable_signup`
    pub disable_signup: crate::runtime::Nullable<bool>,
    /// `external_anonymous_users_enabled`
    pub external_anonymous_users_enabled: crate::runtime::Nullable<bool>,
    /// `external_apple_additional_client_ids`
    pub external_apple_additional_client_ids: crate::runtime::Nullable<String>,
    /// `external_apple_client_id`
    pub external_apple_client_id: crate::runtime::Nullable<String>,
    /// `external_apple_email_optional`
    pub external_apple_email_optional: crate::runtime::Nullable<bool>,
    /// `external_apple_enabled`
    pub external_apple_enabled: crate::runtime::Nullable<bool>,
    /// `external_apple_secret`
    pub external_apple_secret: crate::runtime::Nullable<String>,
    /// `external_azure_client_id`
    pub external_azure_client_id: crate::runtime::Nullable<String>,
    /// `external_azure_email_optional`
    pub external_azure_email_optional: crate::runtime::Nullable<bool>,
    /// `external_azure_enabled`
    pub external_azure_enabled: crate::runtime::Nullable<bool>,
    /// `external_azure_secret`
    pub external_azure_secret: crate::runtime::Nullable<String>,
    /// `external_azure_url`
    pub external_azure_url: crate::runtime::Nullable<String>,
    /// `external_bitbucket_client_id`
    pub external_bitbucket_client_id: crate::runtime::Nullable<String>,
    /// `external_bitbucket_email_optional`
    pub external_bitbucket_email_optional: crate::runtime::Nullable<bool>,
    /// `external_bitbucket_enabled`
    pub external_bitbucket_enabled: crate::runtime::Nullable<bool>,
    /// `external_bitbucket_secret`
    pub external_bitbucket_secret: crate::runtime::Nullable<String>,
    /// `external_discord_client_id`
    pub external_discord_client_id: crate::runtime::Nullable<String>,
    /// `external_discord_email_optional`
    pub external_discord_email_optional: crate::runtime::Nullable<bool>,
    /// `external_discord_enabled`
    pub external_discord_enabled: crate::runtime::Nullable<bool>,
    /// `external_discord_secret`
    pub external_discord_secret: crate::runtime::Nullable<String>,
    /// `external_email_enabled`
    pub external_email_enabled: crate::runtime::Nullable<bool>,
    /// `external_facebook_client_id`
    pub external_facebook_client_id: crate::runtime::Nullable<String>,
    /// `external_facebook_email_optional`
    pub external_facebook_email_optional: crate::runtime::Nullable<bool>,
    /// `external_facebook_enabled`
    pub external_facebook_enabled: crate::runtime::Nullable<bool>,
    /// `external_facebook_secret`
    pub external_facebook_secret: crate::runtime::Nullable<String>,
    /// `external_figma_client_id`
    pub external_figma_client_id: crate::runtime::Nullable<String>,
    /// `external_figma_email_optional`
    pub external_figma_email_optional: crate::runtime::Nullable<bool>,
    /// `external_figma_enabled`
    pub external_figma_enabled: crate::runtime::Nullable<bool>,
    /// `external_figma_secret`
    pub external_figma_secret: crate::runtime::Nullable<String>,
    /// `external_github_client_id`
    pub external_github_client_id: crate::runtime::Nullable<String>,
    /// `external_github_email_optional`
    pub external_github_email_optional: crate::runtime::Nullable<bool>,
    /// `external_github_enabled`
    pub external_github_enabled: crate::runtime::Nullable<bool>,
    /// `external_github_secret`
    pub external_github_secret: crate::runtime::Nullable<String>,
    /// `external_gitlab_client_id`
    pub external_gitlab_client_id: crate::runtime::Nullable<String>,
    /// `external_gitlab_email_optional`
    pub external_gitlab_email_optional: crate::runtime::Nullable<bool>,
    /// `external_gitlab_enabled`
    pub external_gitlab_enabled: crate::runtime::Nullable<bool>,
    /// `external_gitlab_secret`
    pub external_gitlab_secret: crate::runtime::Nullable<String>,
    /// `external_gitlab_url`
    pub external_gitlab_url: crate::runtime::Nullable<String>,
    /// `external_google_additional_client_ids`
    pub external_google_additional_client_ids: crate::runtime::Nullable<String>,
    /// `external_google_client_id`
    pub external_google_client_id: crate::runtime::Nullable<String>,
    /// `external_google_email_optional`
    pub external_google_email_optional: crate::runtime::Nullable<bool>,
    /// `external_google_enabled`
    pub external_google_enabled: crate::runtime::Nullable<bool>,
    /// `external_google_secret`
    pub external_google_secret: crate::runtime::Nullable<String>,
    /// `external_google_skip_nonce_check`
    pub external_google_skip_nonce_check: crate::runtime::Nullable<bool>,
    /// `external_kakao_client_id`
    pub external_kakao_client_id: crate::runtime::Nullable<String>,
    /// `external_kakao_email_optional`
    pub external_kakao_email_optional: crate::runtime::Nullable<bool>,
    /// `external_kakao_enabled`
    pub external_kakao_enabled: crate::runtime::Nullable<bool>,
    /// `external_kakao_secret`
    pub external_kakao_secret: crate::runtime::Nullable<String>,
    /// `external_keycloak_client_id`
    pub external_keycloak_client_id: crate::runtime::Nullable<String>,
    /// `external_keycloak_email_optional`
    pub external_keycloak_email_optional: crate::runtime::Nullable<bool>,
    /// `external_keycloak_enabled`
    pub external_keycloak_enabled: crate::runtime::Nullable<bool>,
    /// `external_keycloak_secret`
    pub external_keycloak_secret: crate::runtime::Nullable<String>,
    /// `external_keycloak_url`
    pub external_keycloak_url: crate::runtime::Nullable<String>,
    /// `external_linkedin_oidc_client_id`
    pub external_linkedin_oidc_client_id: crate::runtime::Nullable<String>,
    /// `external_linkedin_oidc_email_optional`
    pub external_linkedin_oidc_email_optional: crate::runtime::Nullable<bool>,
    /// `external_linkedin_oidc_enabled`
    pub external_linkedin_oidc_enabled: crate::runtime::Nullable<bool>,
    /// `external_linkedin_oidc_secret`
    pub external_linkedin_oidc_secret: crate::runtime::Nullable<String>,
    /// `external_notion_client_id`
    pub external_notion_client_id: crate::runtime::Nullable<String>,
    /// `external_notion_email_optional`
    pub external_notion_email_optional: crate::runtime::Nullable<bool>,
    /// `external_notion_enabled`
    pub external_notion_enabled: crate::runtime::Nullable<bool>,
    /// `external_notion_secret`
    pub external_notion_secret: crate::runtime::Nullable<String>,
    /// `external_phone_enabled`
    pub external_phone_enabled: crate::runtime::Nullable<bool>,
    /// `external_slack_client_id`
    pub external_slack_client_id: crate::runtime::Nullable<String>,
    /// `external_slack_email_optional`
    pub external_slack_email_optional: crate::runtime::Nullable<bool>,
    /// `external_slack_enabled`
    pub external_slack_enabled: crate::runtime::Nullable<bool>,
    /// `external_slack_oidc_client_id`
    pub external_slack_oidc_client_id: crate::runtime::Nullable<String>,
    /// `external_slack_oidc_email_optional`
    pub external_slack_oidc_email_optional: crate::runtime::Nullable<bool>,
    /// `external_slack_oidc_enabled`
    pub external_slack_oidc_enabled: crate::runtime::Nullable<bool>,
    /// `external_slack_oidc_secret`
    pub external_slack_oidc_secret: crate::runtime::Nullable<String>,
    /// `external_slack_secret`
    pub external_slack_secret: crate::runtime::Nullable<String>,
    /// `external_spotify_client_id`
    pub external_spotify_client_id: crate::runtime::Nullable<String>,
    /// `external_spotify_email_optional`
    pub external_spotify_email_optional: crate::runtime::Nullable<bool>,
    /// `external_spotify_enabled`
    pub external_spotify_enabled: crate::runtime::Nullable<bool>,
    /// `external_spotify_secret`
    pub external_spotify_secret: crate::runtime::Nullable<String>,
    /// `external_twitch_client_id`
    pub external_twitch_client_id: crate::runtime::Nullable<String>,
    /// `external_twitch_email_optional`
    pub external_twitch_email_optional: crate::runtime::Nullable<bool>,
    /// `external_twitch_enabled`
    pub external_twitch_enabled: crate::runtime::Nullable<bool>,
    /// `external_twitch_secret`
    pub external_twitch_secret: crate::runtime::Nullable<String>,
    /// `external_twitter_client_id`
    pub external_twitter_client_id: crate::runtime::Nullable<String>,
    /// `external_twitter_email_optional`
    pub external_twitter_email_optional: crate::runtime::Nullable<bool>,
    /// `external_twitter_enabled`
    pub external_twitter_enabled: crate::runtime::Nullable<bool>,
    /// `external_twitter_secret`
    pub external_twitter_secret: crate::runtime::Nullable<String>,
    /// `external_web3_ethereum_enabled`
    pub external_web3_ethereum_enabled: crate::runtime::Nullable<bool>,
    /// `external_web3_solana_enabled`
    pub external_web3_solana_enabled: crate::runtime::Nullable<bool>,
    /// `external_workos_client_id`
    pub external_workos_client_id: crate::runtime::Nullable<String>,
    /// `external_workos_enabled`
    pub external_workos_enabled: crate::runtime::Nullable<bool>,
    /// `external_workos_secret`
    pub external_workos_secret: crate::runtime::Nullable<String>,
    /// `external_workos_url`
    pub external_workos_url: crate::runtime::Nullable<String>,
    /// `external_x_client_id`
    pub external_x_client_id: crate::runtime::Nullable<String>,
    /// `external_x_email_optional`
    pub external_x_email_optional: crate::runtime::Nullable<bool>,
    /// `external_x_enabled`
    pub external_x_enabled: crate::runtime::Nullable<bool>,
    /// `external_x_secret`
    pub external_x_secret: crate::runtime::Nullable<String>,
    /// `external_zoom_client_id`
    pub external_zoom_client_id: crate::runtime::Nullable<String>,
    /// `external_zoom_email_optional`
    pub external_zoom_email_optional: crate::runtime::Nullable<bool>,
    /// `external_zoom_enabled`
    pub external_zoom_enabled: crate::runtime::Nullable<bool>,
    /// `external_zoom_secret`
    pub external_zoom_secret: crate::runtime::Nullable<String>,
    /// `hook_after_user_created_enabled`
    pub hook_after_user_created_enabled: crate::runtime::Nullable<bool>,
    /// `hook_after_user_created_secrets`
    pub hook_after_user_created_secrets: crate::runtime::Nullable<String>,
    /// `hook_after_user_created_uri`
    pub hook_after_user_created_uri: crate::runtime::Nullable<String>,
    /// `hook_before_user_created_enabled`
    pub hook_before_user_created_enabled: crate::runtime::Nullable<bool>,
    /// `hook_before_user_created_secrets`
    pub hook_before_user_created_secrets: crate::runtime::Nullable<String>,
    /// `hook_before_user_created_uri`
    pub hook_before_user_created_uri: crate::runtime::Nullable<String>,
    /// `hook_custom_access_token_enabled`
    pub hook_custom_access_token_enabled: crate::runtime::Nullable<bool>,
    /// `hook_custom_access_token_secrets`
    pub hook_custom_access_token_secrets: crate::runtime::Nullable<String>,
    /// `hook_custom_access_token_uri`
    pub hook_custom_access_token_uri: crate::runtime::Nullable<String>,
    /// `hook_mfa_verification_attempt_enabled`
    pub hook_mfa_verification_attempt_enabled: crate::runtime::Nullable<bool>,
    /// `hook_mfa_verification_attempt_secrets`
    pub hook_mfa_verification_attempt_secrets: crate::runtime::Nullable<String>,
    /// `hook_mfa_verification_attempt_uri`
    pub hook_mfa_verification_attempt_uri: crate::runtime::Nullable<String>,
    /// `hook_password_verification_attempt_enabled`
    pub hook_password_verification_attempt_enabled: crate::runtime::Nullable<bool>,
    /// `hook_password_verification_attempt_secrets`
    pub hook_password_verification_attempt_secrets: crate::runtime::Nullable<String>,
    /// `hook_password_verification_attempt_uri`
    pub hook_password_verification_attempt_uri: crate::runtime::Nullable<String>,
    /// `hook_send_email_enabled`
    pub hook_send_email_enabled: crate::runtime::Nullable<bool>,
    /// `hook_send_email_secrets`
    pub hook_send_email_secrets: crate::runtime::Nullable<String>,
    /// `hook_send_email_uri`
    pub hook_send_email_uri: crate::runtime::Nullable<String>,
    /// `hook_send_sms_enabled`
    pub hook_send_sms_enabled: crate::runtime::Nullable<bool>,
    /// `hook_send_sms_secrets`
    pub hook_send_sms_secrets: crate::runtime::Nullable<String>,
    /// `hook_send_sms_uri`
    pub hook_send_sms_uri: crate::runtime::Nullable<String>,
    /// `jwt_exp`
    pub jwt_exp: crate::runtime::Nullable<i64>,
    /// `mailer_allow_unverified_email_sign_ins`
    pub mailer_allow_unverified_email_sign_ins: crate::runtime::Nullable<bool>,
    /// `mailer_autoconfirm`
    pub mailer_autoconfirm: crate::runtime::Nullable<bool>,
    /// `mailer_notifications_email_changed_enabled`
    pub mailer_notifications_email_changed_enabled: crate::runtime::Nullable<bool>,
    /// `mailer_notifications_identity_linked_enabled`
    pub mailer_notifications_identity_linked_enabled: crate::runtime::Nullable<bool>,
    /// `mailer_notifications_identity_unlinked_enabled`
    pub mailer_notifications_identity_unlinked_enabled: crate::runtime::Nullable<bool>,
    /// `mailer_notifications_mfa_factor_enrolled_enabled`
    pub mailer_notifications_mfa_factor_enrolled_enabled: crate::runtime::Nullable<bool>,
    /// `mailer_notifications_mfa_factor_unenrolled_enabled`
    pub mailer_notifications_mfa_factor_unenrolled_enabled: crate::runtime::Nullable<
        bool,
    >,
    /// `mailer_notifications_password_changed_enabled`
    pub mailer_notifications_password_changed_enabled: crate::runtime::Nullable<bool>,
    /// `mailer_notifications_phone_changed_enabled`
    pub mailer_notifications_phone_changed_enabled: crate::runtime::Nullable<bool>,
    /// `mailer_otp_exp`
    pub mailer_otp_exp: Option<i64>,
    /// `mailer_otp_length`
    pub mailer_otp_length: crate::runtime::Nullable<i64>,
    /// `mailer_secure_email_change_enabled`
    pub mailer_secure_email_change_enabled: crate::runtime::Nullable<bool>,
    /// `mailer_subjects_confirmation`
    pub mailer_subjects_confirmation: crate::runtime::Nullable<String>,
    /// `mailer_subjects_email_change`
    pub mailer_subjects_email_change: crate::runtime::Nullable<String>,
    /// `mailer_subjects_email_changed_notification`
    pub mailer_subjects_email_changed_notification: crate::runtime::Nullable<String>,
    /// `mailer_subjects_identity_linked_notification`
    pub mailer_subjects_identity_linked_notification: crate::runtime::Nullable<String>,
    /// `mailer_subjects_identity_unlinked_notification`
    pub mailer_subjects_identity_unlinked_notification: crate::runtime::Nullable<String>,
    /// `mailer_subjects_invite`
    pub mailer_subjects_invite: crate::runtime::Nullable<String>,
    /// `mailer_subjects_magic_link`
    pub mailer_subjects_magic_link: crate::runtime::Nullable<String>,
    /// `mailer_subjects_mfa_factor_enrolled_notification`
    pub mailer_subjects_mfa_factor_enrolled_notification: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_subjects_mfa_factor_unenrolled_notification`
    pub mailer_subjects_mfa_factor_unenrolled_notification: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_subjects_password_changed_notification`
    pub mailer_subjects_password_changed_notification: crate::runtime::Nullable<String>,
    /// `mailer_subjects_phone_changed_notification`
    pub mailer_subjects_phone_changed_notification: crate::runtime::Nullable<String>,
    /// `mailer_subjects_reauthentication`
    pub mailer_subjects_reauthentication: crate::runtime::Nullable<String>,
    /// `mailer_subjects_recovery`
    pub mailer_subjects_recovery: crate::runtime::Nullable<String>,
    /// `mailer_templates_confirmation_content`
    pub mailer_templates_confirmation_content: crate::runtime::Nullable<String>,
    /// `mailer_templates_email_change_content`
    pub mailer_templates_email_change_content: crate::runtime::Nullable<String>,
    /// `mailer_templates_email_changed_notification_content`
    pub mailer_templates_email_changed_notification_content: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_templates_identity_linked_notification_content`
    pub mailer_templates_identity_linked_notification_content: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_templates_identity_unlinked_notification_content`
    pub mailer_templates_identity_unlinked_notification_content: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_templates_invite_content`
    pub mailer_templates_invite_content: crate::runtime::Nullable<String>,
    /// `mailer_templates_magic_link_content`
    pub mailer_templates_magic_link_content: crate::runtime::Nullable<String>,
    /// `mailer_templates_mfa_factor_enrolled_notification_content`
    pub mailer_templates_mfa_factor_enrolled_notification_content: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_templates_mfa_factor_unenrolled_notification_content`
    pub mailer_templates_mfa_factor_unenrolled_notification_content: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_templates_password_changed_notification_content`
    pub mailer_templates_password_changed_notification_content: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_templates_phone_changed_notification_content`
    pub mailer_templates_phone_changed_notification_content: crate::runtime::Nullable<
        String,
    >,
    /// `mailer_templates_reauthentication_content`
    pub mailer_templates_reauthentication_content: crate::runtime::Nullable<String>,
    /// `mailer_templates_recovery_content`
    pub mailer_templates_recovery_content: crate::runtime::Nullable<String>,
    /// `mfa_max_enrolled_factors`
    pub mfa_max_enrolled_factors: crate::runtime::Nullable<i64>,
    /// `mfa_phone_enroll_enabled`
    pub mfa_phone_enroll_enabled: crate::runtime::Nullable<bool>,
    /// `mfa_phone_max_frequency`
    pub mfa_phone_max_frequency: crate::runtime::Nullable<i64>,
    /// `mfa_phone_otp_length`
    pub mfa_phone_otp_length: crate::runtime::Nullable<i64>,
    /// `mfa_phone_template`
    pub mfa_phone_template: crate::runtime::Nullable<String>,
    /// `mfa_phone_verify_enabled`
    pub mfa_phone_verify_enabled: crate::runtime::Nullable<bool>,
    /// `mfa_totp_enroll_enabled`
    pub mfa_totp_enroll_enabled: crate::runtime::Nullable<bool>,
    /// `mfa_totp_verify_enabled`
    pub mfa_totp_verify_enabled: crate::runtime::Nullable<bool>,
    /// `mfa_web_authn_enroll_enabled`
    pub mfa_web_authn_enroll_enabled: crate::runtime::Nullable<bool>,
    /// `mfa_web_authn_verify_enabled`
    pub mfa_web_authn_verify_enabled: crate::runtime::Nullable<bool>,
    /// `nimbus_oauth_client_id`
    pub nimbus_oauth_client_id: crate::runtime::Nullable<String>,
    /// `nimbus_oauth_client_secret`
    pub nimbus_oauth_client_secret: crate::runtime::Nullable<String>,
    /// `oauth_server_allow_dynamic_registration`
    pub oauth_server_allow_dynamic_registration: crate::runtime::Nullable<bool>,
    /// `oauth_server_authorization_path`
    pub oauth_server_authorization_path: crate::runtime::Nullable<String>,
    /// `oauth_server_enabled`
    pub oauth_server_enabled: crate::runtime::Nullable<bool>,
    /// `passkey_enabled`
    pub passkey_enabled: Option<bool>,
    /// `password_hibp_enabled`
    pub password_hibp_enabled: crate::runtime::Nullable<bool>,
    /// `password_min_length`
    pub password_min_length: crate::runtime::Nullable<i64>,
    /// `password_required_characters`
    pub password_required_characters: crate::runtime::Nullable<
        UpdateAuthConfigBodyPasswordRequiredCharacters,
    >,
    /// `rate_limit_anonymous_users`
    pub rate_limit_anonymous_users: crate::runtime::Nullable<i64>,
    /// `rate_limit_email_sent`
    pub rate_limit_email_sent: crate::runtime::Nullable<i64>,
    /// `rate_limit_otp`
    pub rate_limit_otp: crate::runtime::Nullable<i64>,
    /// `rate_limit_sms_sent`
    pub rate_limit_sms_sent: crate::runtime::Nullable<i64>,
    /// `rate_limit_token_refresh`
    pub rate_limit_token_refresh: crate::runtime::Nullable<i64>,
    /// `rate_limit_verify`
    pub rate_limit_verify: crate::runtime::Nullable<i64>,
    /// `rate_limit_web3`
    pub rate_limit_web3: crate::runtime::Nullable<i64>,
    /// `refresh_token_rotation_enabled`
    pub refresh_token_rotation_enabled: crate::runtime::Nullable<bool>,
    /// `saml_enabled`
    pub saml_enabled: crate::runtime::Nullable<bool>,
    /// `saml_external_url`
    pub saml_external_url: crate::runtime::Nullable<String>,
    /// `security_captcha_enabled`
    pub security_captcha_enabled: crate::runtime::Nullable<bool>,
    /// `security_captcha_provider`
    pub security_captcha_provider: crate::runtime::Nullable<
        UpdateAuthConfigBodySecurityCaptchaProvider,
    >,
    /// `security_captcha_secret`
    pub security_captcha_secret: crate::runtime::Nullable<String>,
    /// `security_manual_linking_enabled`
    pub security_manual_linking_enabled: crate::runtime::Nullable<bool>,
    /// `security_refresh_token_reuse_interval`
    pub security_refresh_token_reuse_interval: crate::runtime::Nullable<i64>,
    /// `security_sb_forwarded_for_enabled`
    pub security_sb_forwarded_for_enabled: crate::runtime::Nullable<bool>,
    /// `security_update_password_require_reauthentication`
    pub security_update_password_require_reauthentication: crate::runtime::Nullable<
        bool,
    >,
    /// `sessions_inactivity_timeout`
    pub sessions_inactivity_timeout: crate::runtime::Nullable<f64>,
    /// `sessions_single_per_user`
    pub sessions_single_per_user: crate::runtime::Nullable<bool>,
    /// `sessions_tags`
    pub sessions_tags: crate::runtime::Nullable<String>,
    /// `sessions_timebox`
    pub sessions_timebox: crate::runtime::Nullable<f64>,
    /// `site_url`
    pub site_url: crate::runtime::Nullable<String>,
    /// `sms_autoconfirm`
    pub sms_autoconfirm: crate::runtime::Nullable<bool>,
    /// `sms_max_frequency`
    pub sms_max_frequency: crate::runtime::Nullable<i64>,
    /// `sms_messagebird_access_key`
    pub sms_messagebird_access_key: crate::runtime::Nullable<String>,
    /// `sms_messagebird_originator`
    pub sms_messagebird_originator: crate::runtime::Nullable<String>,
    /// `sms_otp_exp`
    pub sms_otp_exp: crate::runtime::Nullable<i64>,
    /// `sms_otp_length`
    pub sms_otp_length: Option<i64>,
    /// `sms_provider`
    pub sms_provider: crate::runtime::Nullable<UpdateAuthConfigBodySmsProvider>,
    /// `sms_template`
    pub sms_template: crate::runtime::Nullable<String>,
    /// `sms_test_otp`
    pub sms_test_otp: crate::runtime::Nullable<String>,
    /// `sms_test_otp_valid_until`
    pub sms_test_otp_valid_until: crate::runtime::Nullable<String>,
    /// `sms_textlocal_api_key`
    pub sms_textlocal_api_key: crate::runtime::Nullable<String>,
    /// `sms_textlocal_sender`
    pub sms_textlocal_sender: crate::runtime::Nullable<String>,
    /// `sms_twilio_account_sid`
    pub sms_twilio_account_sid: crate::runtime::Nullable<String>,
    /// `sms_twilio_auth_token`
    pub sms_twilio_auth_token: crate::runtime::Nullable<String>,
    /// `sms_twilio_content_sid`
    pub sms_twilio_content_sid: crate::runtime::Nullable<String>,
    /// `sms_twilio_message_service_sid`
    pub sms_twilio_message_service_sid: crate::runtime::Nullable<String>,
    /// `sms_twilio_verify_account_sid`
    pub sms_twilio_verify_account_sid: crate::runtime::Nullable<String>,
    /// `sms_twilio_verify_auth_token`
    pub sms_twilio_verify_auth_token: crate::runtime::Nullable<String>,
    /// `sms_twilio_verify_message_service_sid`
    pub sms_twilio_verify_message_service_sid: crate::runtime::Nullable<String>,
    /// `sms_vonage_api_key`
    pub sms_vonage_api_key: crate::runtime::Nullable<String>,
    /// `sms_vonage_api_secret`
    pub sms_vonage_api_secret: crate::runtime::Nullable<String>,
    /// `sms_vonage_from`
    pub sms_vonage_from: crate::runtime::Nullable<String>,
    /// `smtp_admin_email`
    pub smtp_admin_email: crate::runtime::Nullable<String>,
    /// `smtp_host`
    pub smtp_host: crate::runtime::Nullable<String>,
    /// `smtp_max_frequency`
    pub smtp_max_frequency: crate::runtime::Nullable<i64>,
    /// `smtp_pass`
    pub smtp_pass: crate::runtime::Nullable<String>,
    /// `smtp_port`
    pub smtp_port: crate::runtime::Nullable<String>,
    /// `smtp_sender_name`
    pub smtp_sender_name: crate::runtime::Nullable<String>,
    /// `smtp_user`
    pub smtp_user: crate::runtime::Nullable<String>,
    /// `uri_allow_list`
    pub uri_allow_list: crate::runtime::Nullable<String>,
    /// `webauthn_rp_display_name`
    pub webauthn_rp_display_name: crate::runtime::Nullable<String>,
    /// `webauthn_rp_id`
    pub webauthn_rp_id: crate::runtime::Nullable<String>,
    /// `webauthn_rp_origins`
    pub webauthn_rp_origins: crate::runtime::Nullable<String>,
}

impl std::fmt::Debug for UpdateAuthConfigBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateAuthConfigBody")
            .field("api_max_request_duration", &self.api_max_request_duration)
            .field("custom_oauth_enabled", &self.custom_oauth_enabled)
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

impl crate::runtime::ToFields for UpdateAuthConfigBody {
    const NAME: &'static str = "UpdateAuthConfigBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .nullable("api_max_request_duration", &self.api_max_request_duration)
            .optional("custom_oauth_enabled", &self.custom_oauth_enabled)
            .nullable("db_max_pool_size", &self.db_max_pool_size)
            .nullable("db_max_pool_size_unit", &self.db_max_pool_size_unit)
            .nullable("disable_signup", &self.disable_signup)
            .nullable(
                "external_anonymous_users_enabled",
                &self.external_anonymous_users_enabled,
            )
            .nullable(
                "external_apple_additional_client_ids",
                &self.external_apple_additional_client_ids,
            )
            .nullable("external_apple_client_id", &self.external_apple_client_id)
            .nullable(
                "external_apple_email_optional",
                &self.external_apple_email_optional,
            )
            .nullable("external_apple_enabled", &self.external_apple_enabled)
            .nullable("external_apple_secret", &self.external_apple_secret)
            .nullable("external_azure_client_id", &self.external_azure_client_id)
            .nullable(
                "external_azure_email_optional",
                &self.external_azure_email_optional,
            )
            .nullable("external_azure_enabled", &self.external_azure_enabled)
            .nullable("external_azure_secret", &self.external_azure_secret)
            .nullable("external_azure_url", &self.external_azure_url)
            .nullable("external_bitbucket_client_id", &self.external_bitbucket_client_id)
            .nullable(
                "external_bitbucket_email_optional",
                &self.external_bitbucket_email_optional,
            )
            .nullable("external_bitbucket_enabled", &self.external_bitbucket_enabled)
            .nullable("external_bitbucket_secret", &self.external_bitbucket_secret)
            .nullable("external_discord_client_id", &self.external_discord_client_id)
            .nullable(
                "external_discord_email_optional",
                &self.external_discord_email_optional,
            )
            .nullable("external_discord_enabled", &self.external_discord_enabled)
            .nullable("external_discord_secret", &self.external_discord_secret)
            .nullable("external_email_enabled", &self.external_email_enabled)
            .nullable("external_facebook_client_id", &self.external_facebook_client_id)
            .nullable(
                "external_facebook_email_optional",
                &self.external_facebook_email_optional,
            )
            .nullable("external_facebook_enabled", &self.external_facebook_enabled)
            .nullable("external_facebook_secret", &self.external_facebook_secret)
            .nullable("external_figma_client_id", &self.external_figma_client_id)
            .nullable(
                "external_figma_email_optional",
                &self.external_figma_email_optional,
            )
            .nullable("external_figma_enabled", &self.external_figma_enabled)
            .nullable("external_figma_secret", &self.external_figma_secret)
            .nullable("external_github_client_id", &self.external_github_client_id)
            .nullable(
                "external_github_email_optional",
                &self.external_github_email_optional,
            )
            .nullable("external_github_enabled", &self.external_github_enabled)
            .nullable("external_github_secret", &self.external_github_secret)
            .nullable("external_gitlab_client_id", &self.external_gitlab_client_id)
            .nullable(
                "external_gitlab_email_optional",
                &self.external_gitlab_email_optional,
            )
            .nullable("external_gitlab_enabled", &self.external_gitlab_enabled)
            .nullable("external_gitlab_secret", &self.external_gitlab_secret)
            .nullable("external_gitlab_url", &self.external_gitlab_url)
            .nullable(
                "external_google_additional_client_ids",
                &self.external_google_additional_client_ids,
            )
            .nullable("external_google_client_id", &self.external_google_client_id)
            .nullable(
                "external_google_email_optional",
                &self.external_google_email_optional,
            )
            .nullable("external_google_enabled", &self.external_google_enabled)
            .nullable("external_google_secret", &self.external_google_secret)
            .nullable(
                "external_google_skip_nonce_check",
                &self.external_google_skip_nonce_check,
            )
            .nullable("external_kakao_client_id", &self.external_kakao_client_id)
            .nullable(
                "external_kakao_email_optional",
                &self.external_kakao_email_optional,
            )
            .nullable("external_kakao_enabled", &self.external_kakao_enabled)
            .nullable("external_kakao_secret", &self.external_kakao_secret)
            .nullable("external_keycloak_client_id", &self.external_keycloak_client_id)
            .nullable(
                "external_keycloak_email_optional",
                &self.external_keycloak_email_optional,
            )
            .nullable("external_keycloak_enabled", &self.external_keycloak_enabled)
            .nullable("external_keycloak_secret", &self.external_keycloak_secret)
            .nullable("external_keycloak_url", &self.external_keycloak_url)
            .nullable(
                "external_linkedin_oidc_client_id",
                &self.external_linkedin_oidc_client_id,
            )
            .nullable(
                "external_linkedin_oidc_email_optional",
                &self.external_linkedin_oidc_email_optional,
            )
            .nullable(
                "external_linkedin_oidc_enabled",
                &self.external_linkedin_oidc_enabled,
            )
            .nullable(
                "external_linkedin_oidc_secret",
                &self.external_linkedin_oidc_secret,
            )
            .nullable("external_notion_client_id", &self.external_notion_client_id)
            .nullable(
                "external_notion_email_optional",
                &self.external_notion_email_optional,
            )
            .nullable("external_notion_enabled", &self.external_notion_enabled)
            .nullable("external_notion_secret", &self.external_notion_secret)
            .nullable("external_phone_enabled", &self.external_phone_enabled)
            .nullable("external_slack_client_id", &self.external_slack_client_id)
            .nullable(
                "external_slack_email_optional",
                &self.external_slack_email_optional,
            )
            .nullable("external_slack_enabled", &self.external_slack_enabled)
            .nullable(
                "external_slack_oidc_client_id",
                &self.external_slack_oidc_client_id,
            )
            .nullable(
                "external_slack_oidc_email_optional",
                &self.external_slack_oidc_email_optional,
            )
            .nullable("external_slack_oidc_enabled", &self.external_slack_oidc_enabled)
            .nullable("external_slack_oidc_secret", &self.external_slack_oidc_secret)
            .nullable("external_slack_secret", &self.external_slack_secret)
            .nullable("external_spotify_client_id", &self.external_spotify_client_id)
            .nullable(
                "external_spotify_email_optional",
                &self.external_spotify_email_optional,
            )
            .nullable("external_spotify_enabled", &self.external_spotify_enabled)
            .nullable("external_spotify_secret", &self.external_spotify_secret)
            .nullable("external_twitch_client_id", &self.external_twitch_client_id)
            .nullable(
                "external_twitch_email_optional",
                &self.external_twitch_email_optional,
            )
            .nullable("external_twitch_enabled", &self.external_twitch_enabled)
            .nullable("external_twitch_secret", &self.external_twitch_secret)
            .nullable("external_twitter_client_id", &self.external_twitter_client_id)
            .nullable(
                "external_twitter_email_optional",
                &self.external_twitter_email_optional,
            )
            .nullable("external_twitter_enabled", &self.external_twitter_enabled)
            .nullable("external_twitter_secret", &self.external_twitter_secret)
            .nullable(
                "external_web3_ethereum_enabled",
                &self.external_web3_ethereum_enabled,
            )
            .nullable("external_web3_solana_enabled", &self.external_web3_solana_enabled)
            .nullable("external_workos_client_id", &self.external_workos_client_id)
            .nullable("external_workos_enabled", &self.external_workos_enabled)
            .nullable("external_workos_secret", &self.external_workos_secret)
            .nullable("external_workos_url", &self.external_workos_url)
            .nullable("external_x_client_id", &self.external_x_client_id)
            .nullable("external_x_email_optional", &self.external_x_email_optional)
            .nullable("external_x_enabled", &self.external_x_enabled)
            .nullable("external_x_secret", &self.external_x_secret)
            .nullable("external_zoom_client_id", &self.external_zoom_client_id)
            .nullable("external_zoom_email_optional", &self.external_zoom_email_optional)
            .nullable("external_zoom_enabled", &self.external_zoom_enabled)
            .nullable("external_zoom_secret", &self.external_zoom_secret)
            .nullable(
                "hook_after_user_created_enabled",
                &self.hook_after_user_created_enabled,
            )
            .nullable(
                "hook_after_user_created_secrets",
                &self.hook_after_user_created_secrets,
            )
            .nullable("hook_after_user_created_uri", &self.hook_after_user_created_uri)
            .nullable(
                "hook_before_user_created_enabled",
                &self.hook_before_user_created_enabled,
            )
            .nullable(
                "hook_before_user_created_secrets",
                &self.hook_before_user_created_secrets,
            )
            .nullable("hook_before_user_created_uri", &self.hook_before_user_created_uri)
            .nullable(
                "hook_custom_access_token_enabled",
                &self.hook_custom_access_token_enabled,
            )
            .nullable(
                "hook_custom_access_token_secrets",
                &self.hook_custom_access_token_secrets,
            )
            .nullable("hook_custom_access_token_uri", &self.hook_custom_access_token_uri)
            .nullable(
                "hook_mfa_verification_attempt_enabled",
                &self.hook_mfa_verification_attempt_enabled,
            )
            .nullable(
                "hook_mfa_verification_attempt_secrets",
                &self.hook_mfa_verification_attempt_secrets,
            )
            .nullable(
                "hook_mfa_verification_attempt_uri",
                &self.hook_mfa_verification_attempt_uri,
            )
            .nullable(
                "hook_password_verification_attempt_enabled",
                &self.hook_password_verification_attempt_enabled,
            )
            .nullable(
                "hook_password_verification_attempt_secrets",
                &self.hook_password_verification_attempt_secrets,
            )
            .nullable(
                "hook_password_verification_attempt_uri",
                &self.hook_password_verification_attempt_uri,
            )
            .nullable("hook_send_email_enabled", &self.hook_send_email_enabled)
            .nullable("hook_send_email_secrets", &self.hook_send_email_secrets)
            .nullable("hook_send_email_uri", &self.hook_send_email_uri)
            .nullable("hook_send_sms_enabled", &self.hook_send_sms_enabled)
            .nullable("hook_send_sms_secrets", &self.hook_send_sms_secrets)
            .nullable("hook_send_sms_uri", &self.hook_send_sms_uri)
            .nullable("jwt_exp", &self.jwt_exp)
            .nullable(
                "mailer_allow_unverified_email_sign_ins",
                &self.mailer_allow_unverified_email_sign_ins,
            )
            .nullable("mailer_autoconfirm", &self.mailer_autoconfirm)
            .nullable(
                "mailer_notifications_email_changed_enabled",
                &self.mailer_notifications_email_changed_enabled,
            )
            .nullable(
                "mailer_notifications_identity_linked_enabled",
                &self.mailer_notifications_identity_linked_enabled,
            )
            .nullable(
                "mailer_notifications_identity_unlinked_enabled",
                &self.mailer_notifications_identity_unlinked_enabled,
            )
            .nullable(
                "mailer_notifications_mfa_factor_enrolled_enabled",
                &self.mailer_notifications_mfa_factor_enrolled_enabled,
            )
            .nullable(
                "mailer_notifications_mfa_factor_unenrolled_enabled",
                &self.mailer_notifications_mfa_factor_unenrolled_enabled,
            )
            .nullable(
                "mailer_notifications_password_changed_enabled",
                &self.mailer_notifications_password_changed_enabled,
            )
            .nullable(
                "mailer_notifications_phone_changed_enabled",
                &self.mailer_notifications_phone_changed_enabled,
            )
            .optional("mailer_otp_exp", &self.mailer_otp_exp)
            .nullable("mailer_otp_length", &self.mailer_otp_length)
            .nullable(
                "mailer_secure_email_change_enabled",
                &self.mailer_secure_email_change_enabled,
            )
            .nullable("mailer_subjects_confirmation", &self.mailer_subjects_confirmation)
            .nullable("mailer_subjects_email_change", &self.mailer_subjects_email_change)
            .nullable(
                "mailer_subjects_email_changed_notification",
                &self.mailer_subjects_email_changed_notification,
            )
            .nullable(
                "mailer_subjects_identity_linked_notification",
                &self.mailer_subjects_identity_linked_notification,
            )
            .nullable(
                "mailer_subjects_identity_unlinked_notification",
                &self.mailer_subjects_identity_unlinked_notification,
            )
            .nullable("mailer_subjects_invite", &self.mailer_subjects_invite)
            .nullable("mailer_subjects_magic_link", &self.mailer_subjects_magic_link)
            .nullable(
                "mailer_subjects_mfa_factor_enrolled_notification",
                &self.mailer_subjects_mfa_factor_enrolled_notification,
            )
            .nullable(
                "mailer_subjects_mfa_factor_unenrolled_notification",
                &self.mailer_subjects_mfa_factor_unenrolled_notification,
            )
            .nullable(
                "mailer_subjects_password_changed_notification",
                &self.mailer_subjects_password_changed_notification,
            )
            .nullable(
                "mailer_subjects_phone_changed_notification",
                &self.mailer_subjects_phone_changed_notification,
            )
            .nullable(
                "mailer_subjects_reauthentication",
                &self.mailer_subjects_reauthentication,
            )
            .nullable("mailer_subjects_recovery", &self.mailer_subjects_recovery)
            .nullable(
                "mailer_templates_confirmation_content",
                &self.mailer_templates_confirmation_content,
            )
            .nullable(
                "mailer_templates_email_change_content",
                &self.mailer_templates_email_change_content,
            )
            .nullable(
                "mailer_templates_email_changed_notification_content",
                &self.mailer_templates_email_changed_notification_content,
            )
            .nullable(
                "mailer_templates_identity_linked_notification_content",
                &self.mailer_templates_identity_linked_notification_content,
            )
            .nullable(
                "mailer_templates_identity_unlinked_notification_content",
                &self.mailer_templates_identity_unlinked_notification_content,
            )
            .nullable(
                "mailer_templates_invite_content",
                &self.mailer_templates_invite_content,
            )
            .nullable(
                "mailer_templates_magic_link_content",
                &self.mailer_templates_magic_link_content,
            )
            .nullable(
                "mailer_templates_mfa_factor_enrolled_notification_content",
                &self.mailer_templates_mfa_factor_enrolled_notification_content,
            )
            .nullable(
                "mailer_templates_mfa_factor_unenrolled_notification_content",
                &self.mailer_templates_mfa_factor_unenrolled_notification_content,
            )
            .nullable(
                "mailer_templates_password_changed_notification_content",
                &self.mailer_templates_password_changed_notification_content,
            )
            .nullable(
                "mailer_templates_phone_changed_notification_content",
                &self.mailer_templates_phone_changed_notification_content,
            )
            .nullable(
                "mailer_templates_reauthentication_content",
                &self.mailer_templates_reauthentication_content,
            )
            .nullable(
                "mailer_templates_recovery_content",
                &self.mailer_templates_recovery_content,
            )
            .nullable("mfa_max_enrolled_factors", &self.mfa_max_enrolled_factors)
            .nullable("mfa_phone_enroll_enabled", &self.mfa_phone_enroll_enabled)
            .nullable("mfa_phone_max_frequency", &self.mfa_phone_max_frequency)
            .nullable("mfa_phone_otp_length", &self.mfa_phone_otp_length)
            .nullable("mfa_phone_template", &self.mfa_phone_template)
            .nullable("mfa_phone_verify_enabled", &self.mfa_phone_verify_enabled)
            .nullable("mfa_totp_enroll_enabled", &self.mfa_totp_enroll_enabled)
            .nullable("mfa_totp_verify_enabled", &self.mfa_totp_verify_enabled)
            .nullable("mfa_web_authn_enroll_enabled", &self.mfa_web_authn_enroll_enabled)
            .nullable("mfa_web_authn_verify_enabled", &self.mfa_web_authn_verify_enabled)
            .nullable("nimbus_oauth_client_id", &self.nimbus_oauth_client_id)
            .nullable("nimbus_oauth_client_secret", &self.nimbus_oauth_client_secret)
            .nullable(
                "oauth_server_allow_dynamic_registration",
                &self.oauth_server_allow_dynamic_registration,
            )
            .nullable(
                "oauth_server_authorization_path",
                &self.oauth_server_authorization_path,
            )
            .nullable("oauth_server_enabled", &self.oauth_server_enabled)
            .optional("passkey_enabled", &self.passkey_enabled)
            .nullable("password_hibp_enabled", &self.password_hibp_enabled)
            .nullable("password_min_length", &self.password_min_length)
            .nullable("password_required_characters", &self.password_required_characters)
            .nullable("rate_limit_anonymous_users", &self.rate_limit_anonymous_users)
            .nullable("rate_limit_email_sent", &self.rate_limit_email_sent)
            .nullable("rate_limit_otp", &self.rate_limit_otp)
            .nullable("rate_limit_sms_sent", &self.rate_limit_sms_sent)
            .nullable("rate_limit_token_refresh", &self.rate_limit_token_refresh)
            .nullable("rate_limit_verify", &self.rate_limit_verify)
            .nullable("rate_limit_web3", &self.rate_limit_web3)
            .nullable(
                "refresh_token_rotation_enabled",
                &self.refresh_token_rotation_enabled,
            )
            .nullable("saml_enabled", &self.saml_enabled)
            .nullable("saml_external_url", &self.saml_external_url)
            .nullable("security_captcha_enabled", &self.security_captcha_enabled)
            .nullable("security_captcha_provider", &self.security_captcha_provider)
            .nullable("security_captcha_secret", &self.security_captcha_secret)
            .nullable(
                "security_manual_linking_enabled",
                &self.security_manual_linking_enabled,
            )
            .nullable(
                "security_refresh_token_reuse_interval",
                &self.security_refresh_token_reuse_interval,
            )
            .nullable(
                "security_sb_forwarded_for_enabled",
                &self.security_sb_forwarded_for_enabled,
            )
            .nullable(
                "security_update_password_require_reauthentication",
                &self.security_update_password_require_reauthentication,
            )
            .nullable("sessions_inactivity_timeout", &self.sessions_inactivity_timeout)
            .nullable("sessions_single_per_user", &self.sessions_single_per_user)
            .nullable("sessions_tags", &self.sessions_tags)
            .nullable("sessions_timebox", &self.sessions_timebox)
            .nullable("site_url", &self.site_url)
            .nullable("sms_autoconfirm", &self.sms_autoconfirm)
            .nullable("sms_max_frequency", &self.sms_max_frequency)
            .nullable("sms_messagebird_access_key", &self.sms_messagebird_access_key)
            .nullable("sms_messagebird_originator", &self.sms_messagebird_originator)
            .nullable("sms_otp_exp", &self.sms_otp_exp)
            .optional("sms_otp_length", &self.sms_otp_length)
            .nullable("sms_provider", &self.sms_provider)
            .nullable("sms_template", &self.sms_template)
            .nullable("sms_test_otp", &self.sms_test_otp)
            .nullable("sms_test_otp_valid_until", &self.sms_test_otp_valid_until)
            .nullable("sms_textlocal_api_key", &self.sms_textlocal_api_key)
            .nullable("sms_textlocal_sender", &self.sms_textlocal_sender)
            .nullable("sms_twilio_account_sid", &self.sms_twilio_account_sid)
            .nullable("sms_twilio_auth_token", &self.sms_twilio_auth_token)
            .nullable("sms_twilio_content_sid", &self.sms_twilio_content_sid)
            .nullable(
                "sms_twilio_message_service_sid",
                &self.sms_twilio_message_service_sid,
            )
            .nullable(
                "sms_twilio_verify_account_sid",
                &self.sms_twilio_verify_account_sid,
            )
            .nullable("sms_twilio_verify_auth_token", &self.sms_twilio_verify_auth_token)
            .nullable(
                "sms_twilio_verify_message_service_sid",
                &self.sms_twilio_verify_message_service_sid,
            )
            .nullable("sms_vonage_api_key", &self.sms_vonage_api_key)
            .nullable("sms_vonage_api_secret", &self.sms_vonage_api_secret)
            .nullable("sms_vonage_from", &self.sms_vonage_from)
            .nullable("smtp_admin_email", &self.smtp_admin_email)
            .nullable("smtp_host", &self.smtp_host)
            .nullable("smtp_max_frequency", &self.smtp_max_frequency)
            .nullable("smtp_pass", &self.smtp_pass)
            .nullable("smtp_port", &self.smtp_port)
            .nullable("smtp_sender_name", &self.smtp_sender_name)
            .nullable("smtp_user", &self.smtp_user)
            .nullable("uri_allow_list", &self.uri_allow_list)
            .nullable("webauthn_rp_display_name", &self.webauthn_rp_display_name)
            .nullable("webauthn_rp_id", &self.webauthn_rp_id)
            .nullable("webauthn_rp_origins", &self.webauthn_rp_origins)
    }
}

impl crate::runtime::FromFields for UpdateAuthConfigBody {
    const EXPECTING: &'static str = "struct UpdateAuthConfigBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut api_max_request_duration: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut custom_oauth_enabled: Option<bool> = None;
        let mut db_max_pool_size: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut db_max_pool_size_unit: crate::runtime::Nullable<
            UpdateAuthConfigBodyDbMaxPoolSizeUnit,
        > = crate::runtime::Nullable::Absent;
        let mut disable_signup: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_anonymous_users_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_apple_additional_client_ids: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_apple_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_apple_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_apple_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_apple_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_azure_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_azure_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_azure_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_azure_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_azure_url: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_bitbucket_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_bitbucket_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_bitbucket_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_bitbucket_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_discord_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_discord_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_discord_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_discord_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_email_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_facebook_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_facebook_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_facebook_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_facebook_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_figma_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_figma_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_figma_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_figma_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_github_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_github_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_github_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_github_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_gitlab_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_gitlab_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_gitlab_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_gitlab_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_gitlab_url: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_google_additional_client_ids: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut external_google_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_google_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_google_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_google_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_google_skip_nonce_check: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_kakao_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_kakao_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_kakao_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_kakao_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_keycloak_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_keycloak_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_keycloak_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_keycloak_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_keycloak_url: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_linkedin_oidc_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_linkedin_oidc_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_linkedin_oidc_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_linkedin_oidc_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_notion_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_notion_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_notion_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_notion_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_phone_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_slack_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_slack_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_slack_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_slack_oidc_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_slack_oidc_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_slack_oidc_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_slack_oidc_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_slack_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_spotify_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_spotify_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_spotify_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_spotify_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_twitch_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_twitch_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_twitch_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_twitch_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_twitter_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_twitter_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_twitter_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_twitter_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_web3_ethereum_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_web3_solana_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_workos_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_workos_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_workos_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_workos_url: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_x_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_x_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_x_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_x_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_zoom_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut external_zoom_email_optional: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_zoom_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut external_zoom_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut hook_after_user_created_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut hook_after_user_created_secrets: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut hook_after_user_created_uri: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut hook_before_user_created_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut hook_before_user_created_secrets: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut hook_before_user_created_uri: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut hook_custom_access_token_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut hook_custom_access_token_secrets: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut hook_custom_access_token_uri: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut hook_mfa_verification_attempt_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut hook_mfa_verification_attempt_secrets: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut hook_mfa_verification_attempt_uri: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut hook_password_verification_attempt_enabled: crate::runtime::Nullable<
            bool,
        > = crate::runtime::Nullable::Absent;
        let mut hook_password_verification_attempt_secrets: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut hook_password_verification_attempt_uri: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut hook_send_email_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut hook_send_email_secrets: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut hook_send_email_uri: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut hook_send_sms_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut hook_send_sms_secrets: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut hook_send_sms_uri: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut jwt_exp: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut mailer_allow_unverified_email_sign_ins: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut mailer_autoconfirm: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut mailer_notifications_email_changed_enabled: crate::runtime::Nullable<
            bool,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_notifications_identity_linked_enabled: crate::runtime::Nullable<
            bool,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_notifications_identity_unlinked_enabled: crate::runtime::Nullable<
            bool,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_notifications_mfa_factor_enrolled_enabled: crate::runtime::Nullable<
            bool,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_notifications_mfa_factor_unenrolled_enabled: crate::runtime::Nullable<
            bool,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_notifications_password_changed_enabled: crate::runtime::Nullable<
            bool,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_notifications_phone_changed_enabled: crate::runtime::Nullable<
            bool,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_otp_exp: Option<i64> = None;
        let mut mailer_otp_length: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut mailer_secure_email_change_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut mailer_subjects_confirmation: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut mailer_subjects_email_change: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut mailer_subjects_email_changed_notification: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_subjects_identity_linked_notification: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_subjects_identity_unlinked_notification: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_subjects_invite: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut mailer_subjects_magic_link: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut mailer_subjects_mfa_factor_enrolled_notification: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_subjects_mfa_factor_unenrolled_notification: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_subjects_password_changed_notification: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_subjects_phone_changed_notification: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_subjects_reauthentication: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut mailer_subjects_recovery: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut mailer_templates_confirmation_content: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_templates_email_change_content: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_templates_email_changed_notification_content: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_templates_identity_linked_notification_content: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_templates_identity_unlinked_notification_content: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_templates_invite_content: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut mailer_templates_magic_link_content: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut mailer_templates_mfa_factor_enrolled_notification_content: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_templates_mfa_factor_unenrolled_notification_content: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_templates_password_changed_notification_content: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_templates_phone_changed_notification_content: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_templates_reauthentication_content: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut mailer_templates_recovery_content: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut mfa_max_enrolled_factors: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut mfa_phone_enroll_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut mfa_phone_max_frequency: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut mfa_phone_otp_length: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut mfa_phone_template: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut mfa_phone_verify_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut mfa_totp_enroll_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut mfa_totp_verify_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut mfa_web_authn_enroll_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut mfa_web_authn_verify_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut nimbus_oauth_client_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut nimbus_oauth_client_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut oauth_server_allow_dynamic_registration: crate::runtime::Nullable<
            bool,
        > = crate::runtime::Nullable::Absent;
        let mut oauth_server_authorization_path: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut oauth_server_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut passkey_enabled: Option<bool> = None;
        let mut password_hibp_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut password_min_length: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut password_required_characters: crate::runtime::Nullable<
            UpdateAuthConfigBodyPasswordRequiredCharacters,
        > = crate::runtime::Nullable::Absent;
        let mut rate_limit_anonymous_users: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut rate_limit_email_sent: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut rate_limit_otp: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut rate_limit_sms_sent: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut rate_limit_token_refresh: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut rate_limit_verify: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut rate_limit_web3: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut refresh_token_rotation_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut saml_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut saml_external_url: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut security_captcha_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut security_captcha_provider: crate::runtime::Nullable<
            UpdateAuthConfigBodySecurityCaptchaProvider,
        > = crate::runtime::Nullable::Absent;
        let mut security_captcha_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut security_manual_linking_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut security_refresh_token_reuse_interval: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut security_sb_forwarded_for_enabled: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut security_update_password_require_reauthentication: crate::runtime::Nullable<
            bool,
        > = crate::runtime::Nullable::Absent;
        let mut sessions_inactivity_timeout: crate::runtime::Nullable<f64> = crate::runtime::Nullable::Absent;
        let mut sessions_single_per_user: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut sessions_tags: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut sessions_timebox: crate::runtime::Nullable<f64> = crate::runtime::Nullable::Absent;
        let mut site_url: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut sms_autoconfirm: crate::runtime::Nullable<bool> = crate::runtime::Nullable::Absent;
        let mut sms_max_frequency: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut sms_messagebird_access_key: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut sms_messagebird_originator: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut sms_otp_exp: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut sms_otp_length: Option<i64> = None;
        let mut sms_provider: crate::runtime::Nullable<
            UpdateAuthConfigBodySmsProvider,
        > = crate::runtime::Nullable::Absent;
        let mut sms_template: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut sms_test_otp: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut sms_test_otp_valid_until: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut sms_textlocal_api_key: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut sms_textlocal_sender: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut sms_twilio_account_sid: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut sms_twilio_auth_token: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut sms_twilio_content_sid: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut sms_twilio_message_service_sid: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut sms_twilio_verify_account_sid: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut sms_twilio_verify_auth_token: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut sms_twilio_verify_message_service_sid: crate::runtime::Nullable<
            String,
        > = crate::runtime::Nullable::Absent;
        let mut sms_vonage_api_key: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut sms_vonage_api_secret: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut sms_vonage_from: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut smtp_admin_email: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut smtp_host: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut smtp_max_frequency: crate::runtime::Nullable<i64> = crate::runtime::Nullable::Absent;
        let mut smtp_pass: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut smtp_port: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut smtp_sender_name: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut smtp_user: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut uri_allow_list: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut webauthn_rp_display_name: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut webauthn_rp_id: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut webauthn_rp_origins: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "api_max_request_duration" => __map.set(&mut api_max_request_duration),
                "custom_oauth_enabled" => __map.set(&mut custom_oauth_enabled),
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
                "mailer_otp_exp" => __map.set(&mut mailer_otp_exp),
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
                "mfa_phone_otp_length" => __map.set(&mut mfa_phone_otp_length),
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
                "oauth_server_allow_dynamic_registration" => {
                    __map.set(&mut oauth_server_allow_dynamic_registration)
                }
                "oauth_server_authorization_path" => {
                    __map.set(&mut oauth_server_authorization_path)
                }
                "oauth_server_enabled" => __map.set(&mut oauth_server_enabled),
                "passkey_enabled" => __map.set(&mut passkey_enabled),
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
                "sms_otp_length" => __map.set(&mut sms_otp_length),
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
        Ok(UpdateAuthConfigBody {
            api_max_request_duration,
            custom_oauth_enabled,
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
            mailer_otp_exp,
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
            mfa_phone_otp_length,
            mfa_phone_template,
            mfa_phone_verify_enabled,
            mfa_totp_enroll_enabled,
            mfa_totp_verify_enabled,
            mfa_web_authn_enroll_enabled,
            mfa_web_authn_verify_enabled,
            nimbus_oauth_client_id,
            nimbus_oauth_client_secret,
            oauth_server_allow_dynamic_registration,
            oauth_server_authorization_path,
            oauth_server_enabled,
            passkey_enabled,
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
            sms_otp_length,
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
crate::runtime::object_serde!(UpdateAuthConfigBody);

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
