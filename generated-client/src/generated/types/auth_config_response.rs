//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/AuthConfigResponse`.

use serde::{Deserialize, Serialize};

/// `AuthConfigResponse`
///
/// Schema: `#/components/schemas/AuthConfigResponse`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
