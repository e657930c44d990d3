//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/AuthConfigResponse`.

crate::runtime::object! {
    /// Schema: `AuthConfigResponse`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct AuthConfigResponse {
        #[wire(required)]
        pub api_max_request_duration: Option<i64>,
        #[wire(required)]
        pub custom_oauth_enabled: bool,
        #[wire(required)]
        pub custom_oauth_max_providers: i64,
        #[wire(required)]
        pub db_max_pool_size: Option<i64>,
        #[wire(required)]
        pub db_max_pool_size_unit: Option<AuthConfigResponseDbMaxPoolSizeUnit>,
        #[wire(required)]
        pub disable_signup: Option<bool>,
        #[wire(required)]
        pub external_anonymous_users_enabled: Option<bool>,
        #[wire(required)]
        pub external_apple_additional_client_ids: Option<String>,
        #[wire(required)]
        pub external_apple_client_id: Option<String>,
        #[wire(required)]
        pub external_apple_email_optional: Option<bool>,
        #[wire(required)]
        pub external_apple_enabled: Option<bool>,
        #[wire(required)]
        pub external_apple_secret: Option<String>,
        #[wire(required)]
        pub external_azure_client_id: Option<String>,
        #[wire(required)]
        pub external_azure_email_optional: Option<bool>,
        #[wire(required)]
        pub external_azure_enabled: Option<bool>,
        #[wire(required)]
        pub external_azure_secret: Option<String>,
        #[wire(required)]
        pub external_azure_url: Option<String>,
        #[wire(required)]
        pub external_bitbucket_client_id: Option<String>,
        #[wire(required)]
        pub external_bitbucket_email_optional: Option<bool>,
        #[wire(required)]
        pub external_bitbucket_enabled: Option<bool>,
        #[wire(required)]
        pub external_bitbucket_secret: Option<String>,
        #[wire(required)]
        pub external_discord_client_id: Option<String>,
        #[wire(required)]
        pub external_discord_email_optional: Option<bool>,
        #[wire(required)]
        pub external_discord_enabled: Option<bool>,
        #[wire(required)]
        pub external_discord_secret: Option<String>,
        #[wire(required)]
        pub external_email_enabled: Option<bool>,
        #[wire(required)]
        pub external_facebook_client_id: Option<String>,
        #[wire(required)]
        pub external_facebook_email_optional: Option<bool>,
        #[wire(required)]
        pub external_facebook_enabled: Option<bool>,
        #[wire(required)]
        pub external_facebook_secret: Option<String>,
        #[wire(required)]
        pub external_figma_client_id: Option<String>,
        #[wire(required)]
        pub external_figma_email_optional: Option<bool>,
        #[wire(required)]
        pub external_figma_enabled: Option<bool>,
        #[wire(required)]
        pub external_figma_secret: Option<String>,
        #[wire(required)]
        pub external_github_client_id: Option<String>,
        #[wire(required)]
        pub external_github_email_optional: Option<bool>,
        #[wire(required)]
        pub external_github_enabled: Option<bool>,
        #[wire(required)]
        pub external_github_secret: Option<String>,
        #[wire(required)]
        pub external_gitlab_client_id: Option<String>,
        #[wire(required)]
        pub external_gitlab_email_optional: Option<bool>,
        #[wire(required)]
        pub external_gitlab_enabled: Option<bool>,
        #[wire(required)]
        pub external_gitlab_secret: Option<String>,
        #[wire(required)]
        pub external_gitlab_url: Option<String>,
        #[wire(required)]
        pub external_google_additional_client_ids: Option<String>,
        #[wire(required)]
        pub external_google_client_id: Option<String>,
        #[wire(required)]
        pub external_google_email_optional: Option<bool>,
        #[wire(required)]
        pub external_google_enabled: Option<bool>,
        #[wire(required)]
        pub external_google_secret: Option<String>,
        #[wire(required)]
        pub external_google_skip_nonce_check: Option<bool>,
        #[wire(required)]
        pub external_kakao_client_id: Option<String>,
        #[wire(required)]
        pub external_kakao_email_optional: Option<bool>,
        #[wire(required)]
        pub external_kakao_enabled: Option<bool>,
        #[wire(required)]
        pub external_kakao_secret: Option<String>,
        #[wire(required)]
        pub external_keycloak_client_id: Option<String>,
        #[wire(required)]
        pub external_keycloak_email_optional: Option<bool>,
        #[wire(required)]
        pub external_keycloak_enabled: Option<bool>,
        #[wire(required)]
        pub external_keycloak_secret: Option<String>,
        #[wire(required)]
        pub external_keycloak_url: Option<String>,
        #[wire(required)]
        pub external_linkedin_oidc_client_id: Option<String>,
        #[wire(required)]
        pub external_linkedin_oidc_email_optional: Option<bool>,
        #[wire(required)]
        pub external_linkedin_oidc_enabled: Option<bool>,
        #[wire(required)]
        pub external_linkedin_oidc_secret: Option<String>,
        #[wire(required)]
        pub external_notion_client_id: Option<String>,
        #[wire(required)]
        pub external_notion_email_optional: Option<bool>,
        #[wire(required)]
        pub external_notion_enabled: Option<bool>,
        #[wire(required)]
        pub external_notion_secret: Option<String>,
        #[wire(required)]
        pub external_phone_enabled: Option<bool>,
        #[wire(required)]
        pub external_slack_client_id: Option<String>,
        #[wire(required)]
        pub external_slack_email_optional: Option<bool>,
        #[wire(required)]
        pub external_slack_enabled: Option<bool>,
        #[wire(required)]
        pub external_slack_oidc_client_id: Option<String>,
        #[wire(required)]
        pub external_slack_oidc_email_optional: Option<bool>,
        #[wire(required)]
        pub external_slack_oidc_enabled: Option<bool>,
        #[wire(required)]
        pub external_slack_oidc_secret: Option<String>,
        #[wire(required)]
        pub external_slack_secret: Option<String>,
        #[wire(required)]
        pub external_spotify_client_id: Option<String>,
        #[wire(required)]
        pub external_spotify_email_optional: Option<bool>,
        #[wire(required)]
        pub external_spotify_enabled: Option<bool>,
        #[wire(required)]
        pub external_spotify_secret: Option<String>,
        #[wire(required)]
        pub external_twitch_client_id: Option<String>,
        #[wire(required)]
        pub external_twitch_email_optional: Option<bool>,
        #[wire(required)]
        pub external_twitch_enabled: Option<bool>,
        #[wire(required)]
        pub external_twitch_secret: Option<String>,
        #[wire(required)]
        pub external_twitter_client_id: Option<String>,
        #[wire(required)]
        pub external_twitter_email_optional: Option<bool>,
        #[wire(required)]
        pub external_twitter_enabled: Option<bool>,
        #[wire(required)]
        pub external_twitter_secret: Option<String>,
        #[wire(required)]
        pub external_web3_ethereum_enabled: Option<bool>,
        #[wire(required)]
        pub external_web3_solana_enabled: Option<bool>,
        #[wire(required)]
        pub external_workos_client_id: Option<String>,
        #[wire(required)]
        pub external_workos_enabled: Option<bool>,
        #[wire(required)]
        pub external_workos_secret: Option<String>,
        #[wire(required)]
        pub external_workos_url: Option<String>,
        #[wire(required)]
        pub external_x_client_id: Option<String>,
        #[wire(required)]
        pub external_x_email_optional: Option<bool>,
        #[wire(required)]
        pub external_x_enabled: Option<bool>,
        #[wire(required)]
        pub external_x_secret: Option<String>,
        #[wire(required)]
        pub external_zoom_client_id: Option<String>,
        #[wire(required)]
        pub external_zoom_email_optional: Option<bool>,
        #[wire(required)]
        pub external_zoom_enabled: Option<bool>,
        #[wire(required)]
        pub external_zoom_secret: Option<String>,
        #[wire(required)]
        pub hook_after_user_created_enabled: Option<bool>,
        #[wire(required)]
        pub hook_after_user_created_secrets: Option<String>,
        #[wire(required)]
        pub hook_after_user_created_uri: Option<String>,
        #[wire(required)]
        pub hook_before_user_created_enabled: Option<bool>,
        #[wire(required)]
        pub hook_before_user_created_secrets: Option<String>,
        #[wire(required)]
        pub hook_before_user_created_uri: Option<String>,
        #[wire(required)]
        pub hook_custom_access_token_enabled: Option<bool>,
        #[wire(required)]
        pub hook_custom_access_token_secrets: Option<String>,
        #[wire(required)]
        pub hook_custom_access_token_uri: Option<String>,
        #[wire(required)]
        pub hook_mfa_verification_attempt_enabled: Option<bool>,
        #[wire(required)]
        pub hook_mfa_verification_attempt_secrets: Option<String>,
        #[wire(required)]
        pub hook_mfa_verification_attempt_uri: Option<String>,
        #[wire(required)]
        pub hook_password_verification_attempt_enabled: Option<bool>,
        #[wire(required)]
        pub hook_password_verification_attempt_secrets: Option<String>,
        #[wire(required)]
        pub hook_password_verification_attempt_uri: Option<String>,
        #[wire(required)]
        pub hook_send_email_enabled: Option<bool>,
        #[wire(required)]
        pub hook_send_email_secrets: Option<String>,
        #[wire(required)]
        pub hook_send_email_uri: Option<String>,
        #[wire(required)]
        pub hook_send_sms_enabled: Option<bool>,
        #[wire(required)]
        pub hook_send_sms_secrets: Option<String>,
        #[wire(required)]
        pub hook_send_sms_uri: Option<String>,
        #[wire(required)]
        pub jwt_exp: Option<i64>,
        #[wire(required)]
        pub mailer_allow_unverified_email_sign_ins: Option<bool>,
        #[wire(required)]
        pub mailer_autoconfirm: Option<bool>,
        #[wire(required)]
        pub mailer_notifications_email_changed_enabled: Option<bool>,
        #[wire(required)]
        pub mailer_notifications_identity_linked_enabled: Option<bool>,
        #[wire(required)]
        pub mailer_notifications_identity_unlinked_enabled: Option<bool>,
        #[wire(required)]
        pub mailer_notifications_mfa_factor_enrolled_enabled: Option<bool>,
        #[wire(required)]
        pub mailer_notifications_mfa_factor_unenrolled_enabled: Option<bool>,
        #[wire(required)]
        pub mailer_notifications_password_changed_enabled: Option<bool>,
        #[wire(required)]
        pub mailer_notifications_phone_changed_enabled: Option<bool>,
        #[wire(required)]
        pub mailer_otp_exp: i64,
        #[wire(required)]
        pub mailer_otp_length: Option<i64>,
        #[wire(required)]
        pub mailer_secure_email_change_enabled: Option<bool>,
        #[wire(required)]
        pub mailer_subjects_confirmation: Option<String>,
        #[wire(required)]
        pub mailer_subjects_email_change: Option<String>,
        #[wire(required)]
        pub mailer_subjects_email_changed_notification: Option<String>,
        #[wire(required)]
        pub mailer_subjects_identity_linked_notification: Option<String>,
        #[wire(required)]
        pub mailer_subjects_identity_unlinked_notification: Option<String>,
        #[wire(required)]
        pub mailer_subjects_invite: Option<String>,
        #[wire(required)]
        pub mailer_subjects_magic_link: Option<String>,
        #[wire(required)]
        pub mailer_subjects_mfa_factor_enrolled_notification: Option<String>,
        #[wire(required)]
        pub mailer_subjects_mfa_factor_unenrolled_notification: Option<String>,
        #[wire(required)]
        pub mailer_subjects_password_changed_notification: Option<String>,
        #[wire(required)]
        pub mailer_subjects_phone_changed_notification: Option<String>,
        #[wire(required)]
        pub mailer_subjects_reauthentication: Option<String>,
        #[wire(required)]
        pub mailer_subjects_recovery: Option<String>,
        #[wire(required)]
        pub mailer_templates_confirmation_content: Option<String>,
        #[wire(required)]
        pub mailer_templates_email_change_content: Option<String>,
        #[wire(required)]
        pub mailer_templates_email_changed_notification_content: Option<String>,
        #[wire(required)]
        pub mailer_templates_identity_linked_notification_content: Option<String>,
        #[wire(required)]
        pub mailer_templates_identity_unlinked_notification_content: Option<String>,
        #[wire(required)]
        pub mailer_templates_invite_content: Option<String>,
        #[wire(required)]
        pub mailer_templates_magic_link_content: Option<String>,
        #[wire(required)]
        pub mailer_templates_mfa_factor_enrolled_notification_content: Option<String>,
        #[wire(required)]
        pub mailer_templates_mfa_factor_unenrolled_notification_content: Option<String>,
        #[wire(required)]
        pub mailer_templates_password_changed_notification_content: Option<String>,
        #[wire(required)]
        pub mailer_templates_phone_changed_notification_content: Option<String>,
        #[wire(required)]
        pub mailer_templates_reauthentication_content: Option<String>,
        #[wire(required)]
        pub mailer_templates_recovery_content: Option<String>,
        #[wire(required)]
        pub mfa_max_enrolled_factors: Option<i64>,
        #[wire(required)]
        pub mfa_phone_enroll_enabled: Option<bool>,
        #[wire(required)]
        pub mfa_phone_max_frequency: Option<i64>,
        #[wire(required)]
        pub mfa_phone_otp_length: i64,
        #[wire(required)]
        pub mfa_phone_template: Option<String>,
        #[wire(required)]
        pub mfa_phone_verify_enabled: Option<bool>,
        #[wire(required)]
        pub mfa_totp_enroll_enabled: Option<bool>,
        #[wire(required)]
        pub mfa_totp_verify_enabled: Option<bool>,
        #[wire(required)]
        pub mfa_web_authn_enroll_enabled: Option<bool>,
        #[wire(required)]
        pub mfa_web_authn_verify_enabled: Option<bool>,
        #[wire(required)]
        pub nimbus_oauth_client_id: Option<String>,
        #[wire(required)]
        pub nimbus_oauth_client_secret: Option<String>,
        #[wire(required)]
        pub nimbus_oauth_email_optional: Option<bool>,
        #[wire(required)]
        pub oauth_server_allow_dynamic_registration: bool,
        #[wire(required)]
        pub oauth_server_authorization_path: Option<String>,
        #[wire(required)]
        pub oauth_server_enabled: bool,
        #[wire(required)]
        pub passkey_enabled: bool,
        #[wire(required)]
        pub password_hibp_enabled: Option<bool>,
        #[wire(required)]
        pub password_min_length: Option<i64>,
        #[wire(required)]
        pub password_required_characters: Option<
            AuthConfigResponsePasswordRequiredCharacters,
        >,
        #[wire(required)]
        pub rate_limit_anonymous_users: Option<i64>,
        #[wire(required)]
        pub rate_limit_email_sent: Option<i64>,
        #[wire(required)]
        pub rate_limit_otp: Option<i64>,
        #[wire(required)]
        pub rate_limit_sms_sent: Option<i64>,
        #[wire(required)]
        pub rate_limit_token_refresh: Option<i64>,
        #[wire(required)]
        pub rate_limit_verify: Option<i64>,
        #[wire(required)]
        pub rate_limit_web3: Option<i64>,
        #[wire(required)]
        pub refresh_token_rotation_enabled: Option<bool>,
        #[wire(required)]
        pub saml_allow_encrypted_assertions: Option<bool>,
        #[wire(required)]
        pub saml_enabled: Option<bool>,
        #[wire(required)]
        pub saml_external_url: Option<String>,
        #[wire(required)]
        pub security_captcha_enabled: Option<bool>,
        #[wire(required)]
        pub security_captcha_provider: Option<AuthConfigResponseSecurityCaptchaProvider>,
        #[wire(required)]
        pub security_captcha_secret: Option<String>,
        #[wire(required)]
        pub security_manual_linking_enabled: Option<bool>,
        #[wire(required)]
        pub security_refresh_token_reuse_interval: Option<i64>,
        #[wire(required)]
        pub security_sb_forwarded_for_enabled: Option<bool>,
        #[wire(required)]
        pub security_update_password_require_reauthentication: Option<bool>,
        #[wire(required)]
        pub sessions_inactivity_timeout: Option<f64>,
        #[wire(required)]
        pub sessions_single_per_user: Option<bool>,
        #[wire(required)]
        pub sessions_tags: Option<String>,
        #[wire(required)]
        pub sessions_timebox: Option<f64>,
        #[wire(required)]
        pub site_url: Option<String>,
        #[wire(required)]
        pub sms_autoconfirm: Option<bool>,
        #[wire(required)]
        pub sms_max_frequency: Option<i64>,
        #[wire(required)]
        pub sms_messagebird_access_key: Option<String>,
        #[wire(required)]
        pub sms_messagebird_originator: Option<String>,
        #[wire(required)]
        pub sms_otp_exp: Option<i64>,
        #[wire(required)]
        pub sms_otp_length: i64,
        #[wire(required)]
        pub sms_provider: Option<AuthConfigResponseSmsProvider>,
        #[wire(required)]
        pub sms_template: Option<String>,
        #[wire(required)]
        pub sms_test_otp: Option<String>,
        #[wire(required)]
        pub sms_test_otp_valid_until: Option<
            crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
        >,
        #[wire(required)]
        pub sms_textlocal_api_key: Option<String>,
        #[wire(required)]
        pub sms_textlocal_sender: Option<String>,
        #[wire(required)]
        pub sms_twilio_account_sid: Option<String>,
        #[wire(required)]
        pub sms_twilio_auth_token: Option<String>,
        #[wire(required)]
        pub sms_twilio_content_sid: Option<String>,
        #[wire(required)]
        pub sms_twilio_message_service_sid: Option<String>,
        #[wire(required)]
        pub sms_twilio_verify_account_sid: Option<String>,
        #[wire(required)]
        pub sms_twilio_verify_auth_token: Option<String>,
        #[wire(required)]
        pub sms_twilio_verify_message_service_sid: Option<String>,
        #[wire(required)]
        pub sms_vonage_api_key: Option<String>,
        #[wire(required)]
        pub sms_vonage_api_secret: Option<String>,
        #[wire(required)]
        pub sms_vonage_from: Option<String>,
        #[wire(required)]
        pub smtp_admin_email: Option<String>,
        #[wire(required)]
        pub smtp_host: Option<String>,
        #[wire(required)]
        pub smtp_max_frequency: Option<i64>,
        #[wire(required)]
        pub smtp_pass: Option<String>,
        #[wire(required)]
        pub smtp_port: Option<String>,
        #[wire(required)]
        pub smtp_sender_name: Option<String>,
        #[wire(required)]
        pub smtp_user: Option<String>,
        #[wire(required)]
        pub uri_allow_list: Option<String>,
        #[wire(required)]
        pub webauthn_rp_display_name: Option<String>,
        #[wire(required)]
        pub webauthn_rp_id: Option<String>,
        #[wire(required)]
        pub webauthn_rp_origins: Option<String>,
    }
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

crate::runtime::open_enum! {
    /// Schema: `AuthConfigResponse.db_max_pool_size_unit`
    #[allow(missing_docs)]
    pub enum AuthConfigResponseDbMaxPoolSizeUnit {
        Connections = "connections",
        Percent = "percent",
    }
}

crate::runtime::open_enum! {
    /// Schema: `AuthConfigResponse.password_required_characters`
    #[allow(missing_docs)]
    pub enum AuthConfigResponsePasswordRequiredCharacters {
        LowerUpperColonDigits = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ:0123456789",
        LowerColonUpperColonDigits =
            "abcdefghijklmnopqrstuvwxyz:ABCDEFGHIJKLMNOPQRSTUVWXYZ:0123456789",
        LowerColonUpperColonDigitsSymbols =
            "abcdefghijklmnopqrstuvwxyz:ABCDEFGHIJKLMNOPQRSTUVWXYZ:0123456789:!@#$%^&*()_+-=[]{};'\
            \\\\:\"|<>?,./`~",
        Empty = "",
    }
}

crate::runtime::open_enum! {
    /// Schema: `AuthConfigResponse.security_captcha_provider`
    #[allow(missing_docs)]
    pub enum AuthConfigResponseSecurityCaptchaProvider {
        Turnstile = "turnstile",
        Hcaptcha = "hcaptcha",
    }
}

crate::runtime::open_enum! {
    /// Schema: `AuthConfigResponse.sms_provider`
    #[allow(missing_docs)]
    pub enum AuthConfigResponseSmsProvider {
        Messagebird = "messagebird",
        Textlocal = "textlocal",
        Twilio = "twilio",
        TwilioVerify = "twilio_verify",
        Vonage = "vonage",
    }
}
