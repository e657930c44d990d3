//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/AuthConfigResponse`.

use serde::{Deserialize, Serialize};

/// `AuthConfigResponse`
///
/// Schema: `#/components/schemas/AuthConfigResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for AuthConfigResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for AuthConfigResponse {
    const EXPECTING: &'static str = "struct AuthConfigResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<i64>> = None;
        let mut field_1: Option<bool> = None;
        let mut field_2: Option<i64> = None;
        let mut field_3: Option<Option<i64>> = None;
        let mut field_4: Option<Option<AuthConfigResponseDbMaxPoolSizeUnit>> = None;
        let mut field_5: Option<Option<bool>> = None;
        let mut field_6: Option<Option<bool>> = None;
        let mut field_7: Option<Option<String>> = None;
        let mut field_8: Option<Option<String>> = None;
        let mut field_9: Option<Option<bool>> = None;
        let mut field_10: Option<Option<bool>> = None;
        let mut field_11: Option<Option<String>> = None;
        let mut field_12: Option<Option<String>> = None;
        let mut field_13: Option<Option<bool>> = None;
        let mut field_14: Option<Option<bool>> = None;
        let mut field_15: Option<Option<String>> = None;
        let mut field_16: Option<Option<String>> = None;
        let mut field_17: Option<Option<String>> = None;
        let mut field_18: Option<Option<bool>> = None;
        let mut field_19: Option<Option<bool>> = None;
        let mut field_20: Option<Option<String>> = None;
        let mut field_21: Option<Option<String>> = None;
        let mut field_22: Option<Option<bool>> = None;
        let mut field_23: Option<Option<bool>> = None;
        let mut field_24: Option<Option<String>> = None;
        let mut field_25: Option<Option<bool>> = None;
        let mut field_26: Option<Option<String>> = None;
        let mut field_27: Option<Option<bool>> = None;
        let mut field_28: Option<Option<bool>> = None;
        let mut field_29: Option<Option<String>> = None;
        let mut field_30: Option<Option<String>> = None;
        let mut field_31: Option<Option<bool>> = None;
        let mut field_32: Option<Option<bool>> = None;
        let mut field_33: Option<Option<String>> = None;
        let mut field_34: Option<Option<String>> = None;
        let mut field_35: Option<Option<bool>> = None;
        let mut field_36: Option<Option<bool>> = None;
        let mut field_37: Option<Option<String>> = None;
        let mut field_38: Option<Option<String>> = None;
        let mut field_39: Option<Option<bool>> = None;
        let mut field_40: Option<Option<bool>> = None;
        let mut field_41: Option<Option<String>> = None;
        let mut field_42: Option<Option<String>> = None;
        let mut field_43: Option<Option<String>> = None;
        let mut field_44: Option<Option<String>> = None;
        let mut field_45: Option<Option<bool>> = None;
        let mut field_46: Option<Option<bool>> = None;
        let mut field_47: Option<Option<String>> = None;
        let mut field_48: Option<Option<bool>> = None;
        let mut field_49: Option<Option<String>> = None;
        let mut field_50: Option<Option<bool>> = None;
        let mut field_51: Option<Option<bool>> = None;
        let mut field_52: Option<Option<String>> = None;
        let mut field_53: Option<Option<String>> = None;
        let mut field_54: Option<Option<bool>> = None;
        let mut field_55: Option<Option<bool>> = None;
        let mut field_56: Option<Option<String>> = None;
        let mut field_57: Option<Option<String>> = None;
        let mut field_58: Option<Option<String>> = None;
        let mut field_59: Option<Option<bool>> = None;
        let mut field_60: Option<Option<bool>> = None;
        let mut field_61: Option<Option<String>> = None;
        let mut field_62: Option<Option<String>> = None;
        let mut field_63: Option<Option<bool>> = None;
        let mut field_64: Option<Option<bool>> = None;
        let mut field_65: Option<Option<String>> = None;
        let mut field_66: Option<Option<bool>> = None;
        let mut field_67: Option<Option<String>> = None;
        let mut field_68: Option<Option<bool>> = None;
        let mut field_69: Option<Option<bool>> = None;
        let mut field_70: Option<Option<String>> = None;
        let mut field_71: Option<Option<bool>> = None;
        let mut field_72: Option<Option<bool>> = None;
        let mut field_73: Option<Option<String>> = None;
        let mut field_74: Option<Option<String>> = None;
        let mut field_75: Option<Option<String>> = None;
        let mut field_76: Option<Option<bool>> = None;
        let mut field_77: Option<Option<bool>> = None;
        let mut field_78: Option<Option<String>> = None;
        let mut field_79: Option<Option<String>> = None;
        let mut field_80: Option<Option<bool>> = None;
        let mut field_81: Option<Option<bool>> = None;
        let mut field_82: Option<Option<String>> = None;
        let mut field_83: Option<Option<String>> = None;
        let mut field_84: Option<Option<bool>> = None;
        let mut field_85: Option<Option<bool>> = None;
        let mut field_86: Option<Option<String>> = None;
        let mut field_87: Option<Option<bool>> = None;
        let mut field_88: Option<Option<bool>> = None;
        let mut field_89: Option<Option<String>> = None;
        let mut field_90: Option<Option<bool>> = None;
        let mut field_91: Option<Option<String>> = None;
        let mut field_92: Option<Option<String>> = None;
        let mut field_93: Option<Option<String>> = None;
        let mut field_94: Option<Option<bool>> = None;
        let mut field_95: Option<Option<bool>> = None;
        let mut field_96: Option<Option<String>> = None;
        let mut field_97: Option<Option<String>> = None;
        let mut field_98: Option<Option<bool>> = None;
        let mut field_99: Option<Option<bool>> = None;
        let mut field_100: Option<Option<String>> = None;
        let mut field_101: Option<Option<bool>> = None;
        let mut field_102: Option<Option<String>> = None;
        let mut field_103: Option<Option<String>> = None;
        let mut field_104: Option<Option<bool>> = None;
        let mut field_105: Option<Option<String>> = None;
        let mut field_106: Option<Option<String>> = None;
        let mut field_107: Option<Option<bool>> = None;
        let mut field_108: Option<Option<String>> = None;
        let mut field_109: Option<Option<String>> = None;
        let mut field_110: Option<Option<bool>> = None;
        let mut field_111: Option<Option<String>> = None;
        let mut field_112: Option<Option<String>> = None;
        let mut field_113: Option<Option<bool>> = None;
        let mut field_114: Option<Option<String>> = None;
        let mut field_115: Option<Option<String>> = None;
        let mut field_116: Option<Option<bool>> = None;
        let mut field_117: Option<Option<String>> = None;
        let mut field_118: Option<Option<String>> = None;
        let mut field_119: Option<Option<bool>> = None;
        let mut field_120: Option<Option<String>> = None;
        let mut field_121: Option<Option<String>> = None;
        let mut field_122: Option<Option<i64>> = None;
        let mut field_123: Option<Option<bool>> = None;
        let mut field_124: Option<Option<bool>> = None;
        let mut field_125: Option<Option<bool>> = None;
        let mut field_126: Option<Option<bool>> = None;
        let mut field_127: Option<Option<bool>> = None;
        let mut field_128: Option<Option<bool>> = None;
        let mut field_129: Option<Option<bool>> = None;
        let mut field_130: Option<Option<bool>> = None;
        let mut field_131: Option<Option<bool>> = None;
        let mut field_132: Option<i64> = None;
        let mut field_133: Option<Option<i64>> = None;
        let mut field_134: Option<Option<bool>> = None;
        let mut field_135: Option<Option<String>> = None;
        let mut field_136: Option<Option<String>> = None;
        let mut field_137: Option<Option<String>> = None;
        let mut field_138: Option<Option<String>> = None;
        let mut field_139: Option<Option<String>> = None;
        let mut field_140: Option<Option<String>> = None;
        let mut field_141: Option<Option<String>> = None;
        let mut field_142: Option<Option<String>> = None;
        let mut field_143: Option<Option<String>> = None;
        let mut field_144: Option<Option<String>> = None;
        let mut field_145: Option<Option<String>> = None;
        let mut field_146: Option<Option<String>> = None;
        let mut field_147: Option<Option<String>> = None;
        let mut field_148: Option<Option<String>> = None;
        let mut field_149: Option<Option<String>> = None;
        let mut field_150: Option<Option<String>> = None;
        let mut field_151: Option<Option<String>> = None;
        let mut field_152: Option<Option<String>> = None;
        let mut field_153: Option<Option<String>> = None;
        let mut field_154: Option<Option<String>> = None;
        let mut field_155: Option<Option<String>> = None;
        let mut field_156: Option<Option<String>> = None;
        let mut field_157: Option<Option<String>> = None;
        let mut field_158: Option<Option<String>> = None;
        let mut field_159: Option<Option<String>> = None;
        let mut field_160: Option<Option<String>> = None;
        let mut field_161: Option<Option<i64>> = None;
        let mut field_162: Option<Option<bool>> = None;
        let mut field_163: Option<Option<i64>> = None;
        let mut field_164: Option<i64> = None;
        let mut field_165: Option<Option<String>> = None;
        let mut field_166: Option<Option<bool>> = None;
        let mut field_167: Option<Option<bool>> = None;
        let mut field_168: Option<Option<bool>> = None;
        let mut field_169: Option<Option<bool>> = None;
        let mut field_170: Option<Option<bool>> = None;
        let mut field_171: Option<Option<String>> = None;
        let mut field_172: Option<Option<String>> = None;
        let mut field_173: Option<Option<bool>> = None;
        let mut field_174: Option<bool> = None;
        let mut field_175: Option<Option<String>> = None;
        let mut field_176: Option<bool> = None;
        let mut field_177: Option<bool> = None;
        let mut field_178: Option<Option<bool>> = None;
        let mut field_179: Option<Option<i64>> = None;
        let mut field_180: Option<
            Option<AuthConfigResponsePasswordRequiredCharacters>,
        > = None;
        let mut field_181: Option<Option<i64>> = None;
        let mut field_182: Option<Option<i64>> = None;
        let mut field_183: Option<Option<i64>> = None;
        let mut field_184: Option<Option<i64>> = None;
        let mut field_185: Option<Option<i64>> = None;
        let mut field_186: Option<Option<i64>> = None;
        let mut field_187: Option<Option<i64>> = None;
        let mut field_188: Option<Option<bool>> = None;
        let mut field_189: Option<Option<bool>> = None;
        let mut field_190: Option<Option<bool>> = None;
        let mut field_191: Option<Option<String>> = None;
        let mut field_192: Option<Option<bool>> = None;
        let mut field_193: Option<Option<AuthConfigResponseSecurityCaptchaProvider>> = None;
        let mut field_194: Option<Option<String>> = None;
        let mut field_195: Option<Option<bool>> = None;
        let mut field_196: Option<Option<i64>> = None;
        let mut field_197: Option<Option<bool>> = None;
        let mut field_198: Option<Option<bool>> = None;
        let mut field_199: Option<Option<f64>> = None;
        let mut field_200: Option<Option<bool>> = None;
        let mut field_201: Option<Option<String>> = None;
        let mut field_202: Option<Option<f64>> = None;
        let mut field_203: Option<Option<String>> = None;
        let mut field_204: Option<Option<bool>> = None;
        let mut field_205: Option<Option<i64>> = None;
        let mut field_206: Option<Option<String>> = None;
        let mut field_207: Option<Option<String>> = None;
        let mut field_208: Option<Option<i64>> = None;
        let mut field_209: Option<i64> = None;
        let mut field_210: Option<Option<AuthConfigResponseSmsProvider>> = None;
        let mut field_211: Option<Option<String>> = None;
        let mut field_212: Option<Option<String>> = None;
        let mut field_213: Option<Option<String>> = None;
        let mut field_214: Option<Option<String>> = None;
        let mut field_215: Option<Option<String>> = None;
        let mut field_216: Option<Option<String>> = None;
        let mut field_217: Option<Option<String>> = None;
        let mut field_218: Option<Option<String>> = None;
        let mut field_219: Option<Option<String>> = None;
        let mut field_220: Option<Option<String>> = None;
        let mut field_221: Option<Option<String>> = None;
        let mut field_222: Option<Option<String>> = None;
        let mut field_223: Option<Option<String>> = None;
        let mut field_224: Option<Option<String>> = None;
        let mut field_225: Option<Option<String>> = None;
        let mut field_226: Option<Option<String>> = None;
        let mut field_227: Option<Option<String>> = None;
        let mut field_228: Option<Option<i64>> = None;
        let mut field_229: Option<Option<String>> = None;
        let mut field_230: Option<Option<String>> = None;
        let mut field_231: Option<Option<String>> = None;
        let mut field_232: Option<Option<String>> = None;
        let mut field_233: Option<Option<String>> = None;
        let mut field_234: Option<Option<String>> = None;
        let mut field_235: Option<Option<String>> = None;
        let mut field_236: Option<Option<String>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "api_max_request_duration" => map.fill(&mut field_0),
                "custom_oauth_enabled" => map.fill(&mut field_1),
                "custom_oauth_max_providers" => map.fill(&mut field_2),
                "db_max_pool_size" => map.fill(&mut field_3),
                "db_max_pool_size_unit" => map.fill(&mut field_4),
                "disable_signup" => map.fill(&mut field_5),
                "external_anonymous_users_enabled" => map.fill(&mut field_6),
                "external_apple_additional_client_ids" => map.fill(&mut field_7),
                "external_apple_client_id" => map.fill(&mut field_8),
                "external_apple_email_optional" => map.fill(&mut field_9),
                "external_apple_enabled" => map.fill(&mut field_10),
                "external_apple_secret" => map.fill(&mut field_11),
                "external_azure_client_id" => map.fill(&mut field_12),
                "external_azure_email_optional" => map.fill(&mut field_13),
                "external_azure_enabled" => map.fill(&mut field_14),
                "external_azure_secret" => map.fill(&mut field_15),
                "external_azure_url" => map.fill(&mut field_16),
                "external_bitbucket_client_id" => map.fill(&mut field_17),
                "external_bitbucket_email_optional" => map.fill(&mut field_18),
                "external_bitbucket_enabled" => map.fill(&mut field_19),
                "external_bitbucket_secret" => map.fill(&mut field_20),
                "external_discord_client_id" => map.fill(&mut field_21),
                "external_discord_email_optional" => map.fill(&mut field_22),
                "external_discord_enabled" => map.fill(&mut field_23),
                "external_discord_secret" => map.fill(&mut field_24),
                "external_email_enabled" => map.fill(&mut field_25),
                "external_facebook_client_id" => map.fill(&mut field_26),
                "external_facebook_email_optional" => map.fill(&mut field_27),
                "external_facebook_enabled" => map.fill(&mut field_28),
                "external_facebook_secret" => map.fill(&mut field_29),
                "external_figma_client_id" => map.fill(&mut field_30),
                "external_figma_email_optional" => map.fill(&mut field_31),
                "external_figma_enabled" => map.fill(&mut field_32),
                "external_figma_secret" => map.fill(&mut field_33),
                "external_github_client_id" => map.fill(&mut field_34),
                "external_github_email_optional" => map.fill(&mut field_35),
                "external_github_enabled" => map.fill(&mut field_36),
                "external_github_secret" => map.fill(&mut field_37),
                "external_gitlab_client_id" => map.fill(&mut field_38),
                "external_gitlab_email_optional" => map.fill(&mut field_39),
                "external_gitlab_enabled" => map.fill(&mut field_40),
                "external_gitlab_secret" => map.fill(&mut field_41),
                "external_gitlab_url" => map.fill(&mut field_42),
                "external_google_additional_client_ids" => map.fill(&mut field_43),
                "external_google_client_id" => map.fill(&mut field_44),
                "external_google_email_optional" => map.fill(&mut field_45),
                "external_google_enabled" => map.fill(&mut field_46),
                "external_google_secret" => map.fill(&mut field_47),
                "external_google_skip_nonce_check" => map.fill(&mut field_48),
                "external_kakao_client_id" => map.fill(&mut field_49),
                "external_kakao_email_optional" => map.fill(&mut field_50),
                "external_kakao_enabled" => map.fill(&mut field_51),
                "external_kakao_secret" => map.fill(&mut field_52),
                "external_keycloak_client_id" => map.fill(&mut field_53),
                "external_keycloak_email_optional" => map.fill(&mut field_54),
                "external_keycloak_enabled" => map.fill(&mut field_55),
                "external_keycloak_secret" => map.fill(&mut field_56),
                "external_keycloak_url" => map.fill(&mut field_57),
                "external_linkedin_oidc_client_id" => map.fill(&mut field_58),
                "external_linkedin_oidc_email_optional" => map.fill(&mut field_59),
                "external_linkedin_oidc_enabled" => map.fill(&mut field_60),
                "external_linkedin_oidc_secret" => map.fill(&mut field_61),
                "external_notion_client_id" => map.fill(&mut field_62),
                "external_notion_email_optional" => map.fill(&mut field_63),
                "external_notion_enabled" => map.fill(&mut field_64),
                "external_notion_secret" => map.fill(&mut field_65),
                "external_phone_enabled" => map.fill(&mut field_66),
                "external_slack_client_id" => map.fill(&mut field_67),
                "external_slack_email_optional" => map.fill(&mut field_68),
                "external_slack_enabled" => map.fill(&mut field_69),
                "external_slack_oidc_client_id" => map.fill(&mut field_70),
                "external_slack_oidc_email_optional" => map.fill(&mut field_71),
                "external_slack_oidc_enabled" => map.fill(&mut field_72),
                "external_slack_oidc_secret" => map.fill(&mut field_73),
                "external_slack_secret" => map.fill(&mut field_74),
                "external_spotify_client_id" => map.fill(&mut field_75),
                "external_spotify_email_optional" => map.fill(&mut field_76),
                "external_spotify_enabled" => map.fill(&mut field_77),
                "external_spotify_secret" => map.fill(&mut field_78),
                "external_twitch_client_id" => map.fill(&mut field_79),
                "external_twitch_email_optional" => map.fill(&mut field_80),
                "external_twitch_enabled" => map.fill(&mut field_81),
                "external_twitch_secret" => map.fill(&mut field_82),
                "external_twitter_client_id" => map.fill(&mut field_83),
                "external_twitter_email_optional" => map.fill(&mut field_84),
                "external_twitter_enabled" => map.fill(&mut field_85),
                "external_twitter_secret" => map.fill(&mut field_86),
                "external_web3_ethereum_enabled" => map.fill(&mut field_87),
                "external_web3_solana_enabled" => map.fill(&mut field_88),
                "external_workos_client_id" => map.fill(&mut field_89),
                "external_workos_enabled" => map.fill(&mut field_90),
                "external_workos_secret" => map.fill(&mut field_91),
                "external_workos_url" => map.fill(&mut field_92),
                "external_x_client_id" => map.fill(&mut field_93),
                "external_x_email_optional" => map.fill(&mut field_94),
                "external_x_enabled" => map.fill(&mut field_95),
                "external_x_secret" => map.fill(&mut field_96),
                "external_zoom_client_id" => map.fill(&mut field_97),
                "external_zoom_email_optional" => map.fill(&mut field_98),
                "external_zoom_enabled" => map.fill(&mut field_99),
                "external_zoom_secret" => map.fill(&mut field_100),
                "hook_after_user_created_enabled" => map.fill(&mut field_101),
                "hook_after_user_created_secrets" => map.fill(&mut field_102),
                "hook_after_user_created_uri" => map.fill(&mut field_103),
                "hook_before_user_created_enabled" => map.fill(&mut field_104),
                "hook_before_user_created_secrets" => map.fill(&mut field_105),
                "hook_before_user_created_uri" => map.fill(&mut field_106),
                "hook_custom_access_token_enabled" => map.fill(&mut field_107),
                "hook_custom_access_token_secrets" => map.fill(&mut field_108),
                "hook_custom_access_token_uri" => map.fill(&mut field_109),
                "hook_mfa_verification_attempt_enabled" => map.fill(&mut field_110),
                "hook_mfa_verification_attempt_secrets" => map.fill(&mut field_111),
                "hook_mfa_verification_attempt_uri" => map.fill(&mut field_112),
                "hook_password_verification_attempt_enabled" => map.fill(&mut field_113),
                "hook_password_verification_attempt_secrets" => map.fill(&mut field_114),
                "hook_password_verification_attempt_uri" => map.fill(&mut field_115),
                "hook_send_email_enabled" => map.fill(&mut field_116),
                "hook_send_email_secrets" => map.fill(&mut field_117),
                "hook_send_email_uri" => map.fill(&mut field_118),
                "hook_send_sms_enabled" => map.fill(&mut field_119),
                "hook_send_sms_secrets" => map.fill(&mut field_120),
                "hook_send_sms_uri" => map.fill(&mut field_121),
                "jwt_exp" => map.fill(&mut field_122),
                "mailer_allow_unverified_email_sign_ins" => map.fill(&mut field_123),
                "mailer_autoconfirm" => map.fill(&mut field_124),
                "mailer_notifications_email_changed_enabled" => map.fill(&mut field_125),
                "mailer_notifications_identity_linked_enabled" => {
                    map.fill(&mut field_126)
                }
                "mailer_notifications_identity_unlinked_enabled" => {
                    map.fill(&mut field_127)
                }
                "mailer_notifications_mfa_factor_enrolled_enabled" => {
                    map.fill(&mut field_128)
                }
                "mailer_notifications_mfa_factor_unenrolled_enabled" => {
                    map.fill(&mut field_129)
                }
                "mailer_notifications_password_changed_enabled" => {
                    map.fill(&mut field_130)
                }
                "mailer_notifications_phone_changed_enabled" => map.fill(&mut field_131),
                "mailer_otp_exp" => map.fill(&mut field_132),
                "mailer_otp_length" => map.fill(&mut field_133),
                "mailer_secure_email_change_enabled" => map.fill(&mut field_134),
                "mailer_subjects_confirmation" => map.fill(&mut field_135),
                "mailer_subjects_email_change" => map.fill(&mut field_136),
                "mailer_subjects_email_changed_notification" => map.fill(&mut field_137),
                "mailer_subjects_identity_linked_notification" => {
                    map.fill(&mut field_138)
                }
                "mailer_subjects_identity_unlinked_notification" => {
                    map.fill(&mut field_139)
                }
                "mailer_subjects_invite" => map.fill(&mut field_140),
                "mailer_subjects_magic_link" => map.fill(&mut field_141),
                "mailer_subjects_mfa_factor_enrolled_notification" => {
                    map.fill(&mut field_142)
                }
                "mailer_subjects_mfa_factor_unenrolled_notification" => {
                    map.fill(&mut field_143)
                }
                "mailer_subjects_password_changed_notification" => {
                    map.fill(&mut field_144)
                }
                "mailer_subjects_phone_changed_notification" => map.fill(&mut field_145),
                "mailer_subjects_reauthentication" => map.fill(&mut field_146),
                "mailer_subjects_recovery" => map.fill(&mut field_147),
                "mailer_templates_confirmation_content" => map.fill(&mut field_148),
                "mailer_templates_email_change_content" => map.fill(&mut field_149),
                "mailer_templates_email_changed_notification_content" => {
                    map.fill(&mut field_150)
                }
                "mailer_templates_identity_linked_notification_content" => {
                    map.fill(&mut field_151)
                }
                "mailer_templates_identity_unlinked_notification_content" => {
                    map.fill(&mut field_152)
                }
                "mailer_templates_invite_content" => map.fill(&mut field_153),
                "mailer_templates_magic_link_content" => map.fill(&mut field_154),
                "mailer_templates_mfa_factor_enrolled_notification_content" => {
                    map.fill(&mut field_155)
                }
                "mailer_templates_mfa_factor_unenrolled_notification_content" => {
                    map.fill(&mut field_156)
                }
                "mailer_templates_password_changed_notification_content" => {
                    map.fill(&mut field_157)
                }
                "mailer_templates_phone_changed_notification_content" => {
                    map.fill(&mut field_158)
                }
                "mailer_templates_reauthentication_content" => map.fill(&mut field_159),
                "mailer_templates_recovery_content" => map.fill(&mut field_160),
                "mfa_max_enrolled_factors" => map.fill(&mut field_161),
                "mfa_phone_enroll_enabled" => map.fill(&mut field_162),
                "mfa_phone_max_frequency" => map.fill(&mut field_163),
                "mfa_phone_otp_length" => map.fill(&mut field_164),
                "mfa_phone_template" => map.fill(&mut field_165),
                "mfa_phone_verify_enabled" => map.fill(&mut field_166),
                "mfa_totp_enroll_enabled" => map.fill(&mut field_167),
                "mfa_totp_verify_enabled" => map.fill(&mut field_168),
                "mfa_web_authn_enroll_enabled" => map.fill(&mut field_169),
                "mfa_web_authn_verify_enabled" => map.fill(&mut field_170),
                "nimbus_oauth_client_id" => map.fill(&mut field_171),
                "nimbus_oauth_client_secret" => map.fill(&mut field_172),
                "nimbus_oauth_email_optional" => map.fill(&mut field_173),
                "oauth_server_allow_dynamic_registration" => map.fill(&mut field_174),
                "oauth_server_authorization_path" => map.fill(&mut field_175),
                "oauth_server_enabled" => map.fill(&mut field_176),
                "passkey_enabled" => map.fill(&mut field_177),
                "password_hibp_enabled" => map.fill(&mut field_178),
                "password_min_length" => map.fill(&mut field_179),
                "password_required_characters" => map.fill(&mut field_180),
                "rate_limit_anonymous_users" => map.fill(&mut field_181),
                "rate_limit_email_sent" => map.fill(&mut field_182),
                "rate_limit_otp" => map.fill(&mut field_183),
                "rate_limit_sms_sent" => map.fill(&mut field_184),
                "rate_limit_token_refresh" => map.fill(&mut field_185),
                "rate_limit_verify" => map.fill(&mut field_186),
                "rate_limit_web3" => map.fill(&mut field_187),
                "refresh_token_rotation_enabled" => map.fill(&mut field_188),
                "saml_allow_encrypted_assertions" => map.fill(&mut field_189),
                "saml_enabled" => map.fill(&mut field_190),
                "saml_external_url" => map.fill(&mut field_191),
                "security_captcha_enabled" => map.fill(&mut field_192),
                "security_captcha_provider" => map.fill(&mut field_193),
                "security_captcha_secret" => map.fill(&mut field_194),
                "security_manual_linking_enabled" => map.fill(&mut field_195),
                "security_refresh_token_reuse_interval" => map.fill(&mut field_196),
                "security_sb_forwarded_for_enabled" => map.fill(&mut field_197),
                "security_update_password_require_reauthentication" => {
                    map.fill(&mut field_198)
                }
                "sessions_inactivity_timeout" => map.fill(&mut field_199),
                "sessions_single_per_user" => map.fill(&mut field_200),
                "sessions_tags" => map.fill(&mut field_201),
                "sessions_timebox" => map.fill(&mut field_202),
                "site_url" => map.fill(&mut field_203),
                "sms_autoconfirm" => map.fill(&mut field_204),
                "sms_max_frequency" => map.fill(&mut field_205),
                "sms_messagebird_access_key" => map.fill(&mut field_206),
                "sms_messagebird_originator" => map.fill(&mut field_207),
                "sms_otp_exp" => map.fill(&mut field_208),
                "sms_otp_length" => map.fill(&mut field_209),
                "sms_provider" => map.fill(&mut field_210),
                "sms_template" => map.fill(&mut field_211),
                "sms_test_otp" => map.fill(&mut field_212),
                "sms_test_otp_valid_until" => map.fill(&mut field_213),
                "sms_textlocal_api_key" => map.fill(&mut field_214),
                "sms_textlocal_sender" => map.fill(&mut field_215),
                "sms_twilio_account_sid" => map.fill(&mut field_216),
                "sms_twilio_auth_token" => map.fill(&mut field_217),
                "sms_twilio_content_sid" => map.fill(&mut field_218),
                "sms_twilio_message_service_sid" => map.fill(&mut field_219),
                "sms_twilio_verify_account_sid" => map.fill(&mut field_220),
                "sms_twilio_verify_auth_token" => map.fill(&mut field_221),
                "sms_twilio_verify_message_service_sid" => map.fill(&mut field_222),
                "sms_vonage_api_key" => map.fill(&mut field_223),
                "sms_vonage_api_secret" => map.fill(&mut field_224),
                "sms_vonage_from" => map.fill(&mut field_225),
                "smtp_admin_email" => map.fill(&mut field_226),
                "smtp_host" => map.fill(&mut field_227),
                "smtp_max_frequency" => map.fill(&mut field_228),
                "smtp_pass" => map.fill(&mut field_229),
                "smtp_port" => map.fill(&mut field_230),
                "smtp_sender_name" => map.fill(&mut field_231),
                "smtp_user" => map.fill(&mut field_232),
                "uri_allow_list" => map.fill(&mut field_233),
                "webauthn_rp_display_name" => map.fill(&mut field_234),
                "webauthn_rp_id" => map.fill(&mut field_235),
                "webauthn_rp_origins" => map.fill(&mut field_236),
                _ => map.skip(),
            };
            read?;
        }
        Ok(AuthConfigResponse {
            api_max_request_duration: Option::flatten(field_0),
            custom_oauth_enabled: crate::runtime::required(
                field_1,
                "custom_oauth_enabled",
            )?,
            custom_oauth_max_providers: crate::runtime::required(
                field_2,
                "custom_oauth_max_providers",
            )?,
            db_max_pool_size: Option::flatten(field_3),
            db_max_pool_size_unit: Option::flatten(field_4),
            disable_signup: Option::flatten(field_5),
            external_anonymous_users_enabled: Option::flatten(field_6),
            external_apple_additional_client_ids: Option::flatten(field_7),
            external_apple_client_id: Option::flatten(field_8),
            external_apple_email_optional: Option::flatten(field_9),
            external_apple_enabled: Option::flatten(field_10),
            external_apple_secret: Option::flatten(field_11),
            external_azure_client_id: Option::flatten(field_12),
            external_azure_email_optional: Option::flatten(field_13),
            external_azure_enabled: Option::flatten(field_14),
            external_azure_secret: Option::flatten(field_15),
            external_azure_url: Option::flatten(field_16),
            external_bitbucket_client_id: Option::flatten(field_17),
            external_bitbucket_email_optional: Option::flatten(field_18),
            external_bitbucket_enabled: Option::flatten(field_19),
            external_bitbucket_secret: Option::flatten(field_20),
            external_discord_client_id: Option::flatten(field_21),
            external_discord_email_optional: Option::flatten(field_22),
            external_discord_enabled: Option::flatten(field_23),
            external_discord_secret: Option::flatten(field_24),
            external_email_enabled: Option::flatten(field_25),
            external_facebook_client_id: Option::flatten(field_26),
            external_facebook_email_optional: Option::flatten(field_27),
            external_facebook_enabled: Option::flatten(field_28),
            external_facebook_secret: Option::flatten(field_29),
            external_figma_client_id: Option::flatten(field_30),
            external_figma_email_optional: Option::flatten(field_31),
            external_figma_enabled: Option::flatten(field_32),
            external_figma_secret: Option::flatten(field_33),
            external_github_client_id: Option::flatten(field_34),
            external_github_email_optional: Option::flatten(field_35),
            external_github_enabled: Option::flatten(field_36),
            external_github_secret: Option::flatten(field_37),
            external_gitlab_client_id: Option::flatten(field_38),
            external_gitlab_email_optional: Option::flatten(field_39),
            external_gitlab_enabled: Option::flatten(field_40),
            external_gitlab_secret: Option::flatten(field_41),
            external_gitlab_url: Option::flatten(field_42),
            external_google_additional_client_ids: Option::flatten(field_43),
            external_google_client_id: Option::flatten(field_44),
            external_google_email_optional: Option::flatten(field_45),
            external_google_enabled: Option::flatten(field_46),
            external_google_secret: Option::flatten(field_47),
            external_google_skip_nonce_check: Option::flatten(field_48),
            external_kakao_client_id: Option::flatten(field_49),
            external_kakao_email_optional: Option::flatten(field_50),
            external_kakao_enabled: Option::flatten(field_51),
            external_kakao_secret: Option::flatten(field_52),
            external_keycloak_client_id: Option::flatten(field_53),
            external_keycloak_email_optional: Option::flatten(field_54),
            external_keycloak_enabled: Option::flatten(field_55),
            external_keycloak_secret: Option::flatten(field_56),
            external_keycloak_url: Option::flatten(field_57),
            external_linkedin_oidc_client_id: Option::flatten(field_58),
            external_linkedin_oidc_email_optional: Option::flatten(field_59),
            external_linkedin_oidc_enabled: Option::flatten(field_60),
            external_linkedin_oidc_secret: Option::flatten(field_61),
            external_notion_client_id: Option::flatten(field_62),
            external_notion_email_optional: Option::flatten(field_63),
            external_notion_enabled: Option::flatten(field_64),
            external_notion_secret: Option::flatten(field_65),
            external_phone_enabled: Option::flatten(field_66),
            external_slack_client_id: Option::flatten(field_67),
            external_slack_email_optional: Option::flatten(field_68),
            external_slack_enabled: Option::flatten(field_69),
            external_slack_oidc_client_id: Option::flatten(field_70),
            external_slack_oidc_email_optional: Option::flatten(field_71),
            external_slack_oidc_enabled: Option::flatten(field_72),
            external_slack_oidc_secret: Option::flatten(field_73),
            external_slack_secret: Option::flatten(field_74),
            external_spotify_client_id: Option::flatten(field_75),
            external_spotify_email_optional: Option::flatten(field_76),
            external_spotify_enabled: Option::flatten(field_77),
            external_spotify_secret: Option::flatten(field_78),
            external_twitch_client_id: Option::flatten(field_79),
            external_twitch_email_optional: Option::flatten(field_80),
            external_twitch_enabled: Option::flatten(field_81),
            external_twitch_secret: Option::flatten(field_82),
            external_twitter_client_id: Option::flatten(field_83),
            external_twitter_email_optional: Option::flatten(field_84),
            external_twitter_enabled: Option::flatten(field_85),
            external_twitter_secret: Option::flatten(field_86),
            external_web3_ethereum_enabled: Option::flatten(field_87),
            external_web3_solana_enabled: Option::flatten(field_88),
            external_workos_client_id: Option::flatten(field_89),
            external_workos_enabled: Option::flatten(field_90),
            external_workos_secret: Option::flatten(field_91),
            external_workos_url: Option::flatten(field_92),
            external_x_client_id: Option::flatten(field_93),
            external_x_email_optional: Option::flatten(field_94),
            external_x_enabled: Option::flatten(field_95),
            external_x_secret: Option::flatten(field_96),
            external_zoom_client_id: Option::flatten(field_97),
            external_zoom_email_optional: Option::flatten(field_98),
            external_zoom_enabled: Option::flatten(field_99),
            external_zoom_secret: Option::flatten(field_100),
            hook_after_user_created_enabled: Option::flatten(field_101),
            hook_after_user_created_secrets: Option::flatten(field_102),
            hook_after_user_created_uri: Option::flatten(field_103),
            hook_before_user_created_enabled: Option::flatten(field_104),
            hook_before_user_created_secrets: Option::flatten(field_105),
            hook_before_user_created_uri: Option::flatten(field_106),
            hook_custom_access_token_enabled: Option::flatten(field_107),
            hook_custom_access_token_secrets: Option::flatten(field_108),
            hook_custom_access_token_uri: Option::flatten(field_109),
            hook_mfa_verification_attempt_enabled: Option::flatten(field_110),
            hook_mfa_verification_attempt_secrets: Option::flatten(field_111),
            hook_mfa_verification_attempt_uri: Option::flatten(field_112),
            hook_password_verification_attempt_enabled: Option::flatten(field_113),
            hook_password_verification_attempt_secrets: Option::flatten(field_114),
            hook_password_verification_attempt_uri: Option::flatten(field_115),
            hook_send_email_enabled: Option::flatten(field_116),
            hook_send_email_secrets: Option::flatten(field_117),
            hook_send_email_uri: Option::flatten(field_118),
            hook_send_sms_enabled: Option::flatten(field_119),
            hook_send_sms_secrets: Option::flatten(field_120),
            hook_send_sms_uri: Option::flatten(field_121),
            jwt_exp: Option::flatten(field_122),
            mailer_allow_unverified_email_sign_ins: Option::flatten(field_123),
            mailer_autoconfirm: Option::flatten(field_124),
            mailer_notifications_email_changed_enabled: Option::flatten(field_125),
            mailer_notifications_identity_linked_enabled: Option::flatten(field_126),
            mailer_notifications_identity_unlinked_enabled: Option::flatten(field_127),
            mailer_notifications_mfa_factor_enrolled_enabled: Option::flatten(field_128),
            mailer_notifications_mfa_factor_unenrolled_enabled: Option::flatten(
                field_129,
            ),
            mailer_notifications_password_changed_enabled: Option::flatten(field_130),
            mailer_notifications_phone_changed_enabled: Option::flatten(field_131),
            mailer_otp_exp: crate::runtime::required(field_132, "mailer_otp_exp")?,
            mailer_otp_length: Option::flatten(field_133),
            mailer_secure_email_change_enabled: Option::flatten(field_134),
            mailer_subjects_confirmation: Option::flatten(field_135),
            mailer_subjects_email_change: Option::flatten(field_136),
            mailer_subjects_email_changed_notification: Option::flatten(field_137),
            mailer_subjects_identity_linked_notification: Option::flatten(field_138),
            mailer_subjects_identity_unlinked_notification: Option::flatten(field_139),
            mailer_subjects_invite: Option::flatten(field_140),
            mailer_subjects_magic_link: Option::flatten(field_141),
            mailer_subjects_mfa_factor_enrolled_notification: Option::flatten(field_142),
            mailer_subjects_mfa_factor_unenrolled_notification: Option::flatten(
                field_143,
            ),
            mailer_subjects_password_changed_notification: Option::flatten(field_144),
            mailer_subjects_phone_changed_notification: Option::flatten(field_145),
            mailer_subjects_reauthentication: Option::flatten(field_146),
            mailer_subjects_recovery: Option::flatten(field_147),
            mailer_templates_confirmation_content: Option::flatten(field_148),
            mailer_templates_email_change_content: Option::flatten(field_149),
            mailer_templates_email_changed_notification_content: Option::flatten(
                field_150,
            ),
            mailer_templates_identity_linked_notification_content: Option::flatten(
                field_151,
            ),
            mailer_templates_identity_unlinked_notification_content: Option::flatten(
                field_152,
            ),
            mailer_templates_invite_content: Option::flatten(field_153),
            mailer_templates_magic_link_content: Option::flatten(field_154),
            mailer_templates_mfa_factor_enrolled_notification_content: Option::flatten(
                field_155,
            ),
            mailer_templates_mfa_factor_unenrolled_notification_content: Option::flatten(
                field_156,
            ),
            mailer_templates_password_changed_notification_content: Option::flatten(
                field_157,
            ),
            mailer_templates_phone_changed_notification_content: Option::flatten(
                field_158,
            ),
            mailer_templates_reauthentication_content: Option::flatten(field_159),
            mailer_templates_recovery_content: Option::flatten(field_160),
            mfa_max_enrolled_factors: Option::flatten(field_161),
            mfa_phone_enroll_enabled: Option::flatten(field_162),
            mfa_phone_max_frequency: Option::flatten(field_163),
            mfa_phone_otp_length: crate::runtime::required(
                field_164,
                "mfa_phone_otp_length",
            )?,
            mfa_phone_template: Option::flatten(field_165),
            mfa_phone_verify_enabled: Option::flatten(field_166),
            mfa_totp_enroll_enabled: Option::flatten(field_167),
            mfa_totp_verify_enabled: Option::flatten(field_168),
            mfa_web_authn_enroll_enabled: Option::flatten(field_169),
            mfa_web_authn_verify_enabled: Option::flatten(field_170),
            nimbus_oauth_client_id: Option::flatten(field_171),
            nimbus_oauth_client_secret: Option::flatten(field_172),
            nimbus_oauth_email_optional: Option::flatten(field_173),
            oauth_server_allow_dynamic_registration: crate::runtime::required(
                field_174,
                "oauth_server_allow_dynamic_registration",
            )?,
            oauth_server_authorization_path: Option::flatten(field_175),
            oauth_server_enabled: crate::runtime::required(
                field_176,
                "oauth_server_enabled",
            )?,
            passkey_enabled: crate::runtime::required(field_177, "passkey_enabled")?,
            password_hibp_enabled: Option::flatten(field_178),
            password_min_length: Option::flatten(field_179),
            password_required_characters: Option::flatten(field_180),
            rate_limit_anonymous_users: Option::flatten(field_181),
            rate_limit_email_sent: Option::flatten(field_182),
            rate_limit_otp: Option::flatten(field_183),
            rate_limit_sms_sent: Option::flatten(field_184),
            rate_limit_token_refresh: Option::flatten(field_185),
            rate_limit_verify: Option::flatten(field_186),
            rate_limit_web3: Option::flatten(field_187),
            refresh_token_rotation_enabled: Option::flatten(field_188),
            saml_allow_encrypted_assertions: Option::flatten(field_189),
            saml_enabled: Option::flatten(field_190),
            saml_external_url: Option::flatten(field_191),
            security_captcha_enabled: Option::flatten(field_192),
            security_captcha_provider: Option::flatten(field_193),
            security_captcha_secret: Option::flatten(field_194),
            security_manual_linking_enabled: Option::flatten(field_195),
            security_refresh_token_reuse_interval: Option::flatten(field_196),
            security_sb_forwarded_for_enabled: Option::flatten(field_197),
            security_update_password_require_reauthentication: Option::flatten(
                field_198,
            ),
            sessions_inactivity_timeout: Option::flatten(field_199),
            sessions_single_per_user: Option::flatten(field_200),
            sessions_tags: Option::flatten(field_201),
            sessions_timebox: Option::flatten(field_202),
            site_url: Option::flatten(field_203),
            sms_autoconfirm: Option::flatten(field_204),
            sms_max_frequency: Option::flatten(field_205),
            sms_messagebird_access_key: Option::flatten(field_206),
            sms_messagebird_originator: Option::flatten(field_207),
            sms_otp_exp: Option::flatten(field_208),
            sms_otp_length: crate::runtime::required(field_209, "sms_otp_length")?,
            sms_provider: Option::flatten(field_210),
            sms_template: Option::flatten(field_211),
            sms_test_otp: Option::flatten(field_212),
            sms_test_otp_valid_until: Option::flatten(field_213),
            sms_textlocal_api_key: Option::flatten(field_214),
            sms_textlocal_sender: Option::flatten(field_215),
            sms_twilio_account_sid: Option::flatten(field_216),
            sms_twilio_auth_token: Option::flatten(field_217),
            sms_twilio_content_sid: Option::flatten(field_218),
            sms_twilio_message_service_sid: Option::flatten(field_219),
            sms_twilio_verify_account_sid: Option::flatten(field_220),
            sms_twilio_verify_auth_token: Option::flatten(field_221),
            sms_twilio_verify_message_service_sid: Option::flatten(field_222),
            sms_vonage_api_key: Option::flatten(field_223),
            sms_vonage_api_secret: Option::flatten(field_224),
            sms_vonage_from: Option::flatten(field_225),
            smtp_admin_email: Option::flatten(field_226),
            smtp_host: Option::flatten(field_227),
            smtp_max_frequency: Option::flatten(field_228),
            smtp_pass: Option::flatten(field_229),
            smtp_port: Option::flatten(field_230),
            smtp_sender_name: Option::flatten(field_231),
            smtp_user: Option::flatten(field_232),
            uri_allow_list: Option::flatten(field_233),
            webauthn_rp_display_name: Option::flatten(field_234),
            webauthn_rp_id: Option::flatten(field_235),
            webauthn_rp_origins: Option::flatten(field_236),
        })
    }
}

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
