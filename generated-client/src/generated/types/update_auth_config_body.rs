//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateAuthConfigBody`.

crate::runtime::object! {
    /// Schema: `UpdateAuthConfigBody`
    #[allow(missing_docs)]
    #[derive(Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct UpdateAuthConfigBody {
        pub api_max_request_duration: crate::runtime::Nullable<i64>,
        pub custom_oauth_enabled: Option<bool>,
        pub db_max_pool_size: crate::runtime::Nullable<i64>,
        pub db_max_pool_size_unit: crate::runtime::Nullable<
            UpdateAuthConfigBodyDbMaxPoolSizeUnit,
        >,
        pub disable_signup: crate::runtime::Nullable<bool>,
        pub external_anonymous_users_enabled: crate::runtime::Nullable<bool>,
        pub external_apple_additional_client_ids: crate::runtime::Nullable<String>,
        pub external_apple_client_id: crate::runtime::Nullable<String>,
        pub external_apple_email_optional: crate::runtime::Nullable<bool>,
        pub external_apple_enabled: crate::runtime::Nullable<bool>,
        pub external_apple_secret: crate::runtime::Nullable<String>,
        pub external_azure_client_id: crate::runtime::Nullable<String>,
        pub external_azure_email_optional: crate::runtime::Nullable<bool>,
        pub external_azure_enabled: crate::runtime::Nullable<bool>,
        pub external_azure_secret: crate::runtime::Nullable<String>,
        pub external_azure_url: crate::runtime::Nullable<String>,
        pub external_bitbucket_client_id: crate::runtime::Nullable<String>,
        pub external_bitbucket_email_optional: crate::runtime::Nullable<bool>,
        pub external_bitbucket_enabled: crate::runtime::Nullable<bool>,
        pub external_bitbucket_secret: crate::runtime::Nullable<String>,
        pub external_discord_client_id: crate::runtime::Nullable<String>,
        pub external_discord_email_optional: crate::runtime::Nullable<bool>,
        pub external_discord_enabled: crate::runtime::Nullable<bool>,
        pub external_discord_secret: crate::runtime::Nullable<String>,
        pub external_email_enabled: crate::runtime::Nullable<bool>,
        pub external_facebook_client_id: crate::runtime::Nullable<String>,
        pub external_facebook_email_optional: crate::runtime::Nullable<bool>,
        pub external_facebook_enabled: crate::runtime::Nullable<bool>,
        pub external_facebook_secret: crate::runtime::Nullable<String>,
        pub external_figma_client_id: crate::runtime::Nullable<String>,
        pub external_figma_email_optional: crate::runtime::Nullable<bool>,
        pub external_figma_enabled: crate::runtime::Nullable<bool>,
        pub external_figma_secret: crate::runtime::Nullable<String>,
        pub external_github_client_id: crate::runtime::Nullable<String>,
        pub external_github_email_optional: crate::runtime::Nullable<bool>,
        pub external_github_enabled: crate::runtime::Nullable<bool>,
        pub external_github_secret: crate::runtime::Nullable<String>,
        pub external_gitlab_client_id: crate::runtime::Nullable<String>,
        pub external_gitlab_email_optional: crate::runtime::Nullable<bool>,
        pub external_gitlab_enabled: crate::runtime::Nullable<bool>,
        pub external_gitlab_secret: crate::runtime::Nullable<String>,
        pub external_gitlab_url: crate::runtime::Nullable<String>,
        pub external_google_additional_client_ids: crate::runtime::Nullable<String>,
        pub external_google_client_id: crate::runtime::Nullable<String>,
        pub external_google_email_optional: crate::runtime::Nullable<bool>,
        pub external_google_enabled: crate::runtime::Nullable<bool>,
        pub external_google_secret: crate::runtime::Nullable<String>,
        pub external_google_skip_nonce_check: crate::runtime::Nullable<bool>,
        pub external_kakao_client_id: crate::runtime::Nullable<String>,
        pub external_kakao_email_optional: crate::runtime::Nullable<bool>,
        pub external_kakao_enabled: crate::runtime::Nullable<bool>,
        pub external_kakao_secret: crate::runtime::Nullable<String>,
        pub external_keycloak_client_id: crate::runtime::Nullable<String>,
        pub external_keycloak_email_optional: crate::runtime::Nullable<bool>,
        pub external_keycloak_enabled: crate::runtime::Nullable<bool>,
        pub external_keycloak_secret: crate::runtime::Nullable<String>,
        pub external_keycloak_url: crate::runtime::Nullable<String>,
        pub external_linkedin_oidc_client_id: crate::runtime::Nullable<String>,
        pub external_linkedin_oidc_email_optional: crate::runtime::Nullable<bool>,
        pub external_linkedin_oidc_enabled: crate::runtime::Nullable<bool>,
        pub external_linkedin_oidc_secret: crate::runtime::Nullable<String>,
        pub external_notion_client_id: crate::runtime::Nullable<String>,
        pub external_notion_email_optional: crate::runtime::Nullable<bool>,
        pub external_notion_enabled: crate::runtime::Nullable<bool>,
        pub external_notion_secret: crate::runtime::Nullable<String>,
        pub external_phone_enabled: crate::runtime::Nullable<bool>,
        pub external_slack_client_id: crate::runtime::Nullable<String>,
        pub external_slack_email_optional: crate::runtime::Nullable<bool>,
        pub external_slack_enabled: crate::runtime::Nullable<bool>,
        pub external_slack_oidc_client_id: crate::runtime::Nullable<String>,
        pub external_slack_oidc_email_optional: crate::runtime::Nullable<bool>,
        pub external_slack_oidc_enabled: crate::runtime::Nullable<bool>,
        pub external_slack_oidc_secret: crate::runtime::Nullable<String>,
        pub external_slack_secret: crate::runtime::Nullable<String>,
        pub external_spotify_client_id: crate::runtime::Nullable<String>,
        pub external_spotify_email_optional: crate::runtime::Nullable<bool>,
        pub external_spotify_enabled: crate::runtime::Nullable<bool>,
        pub external_spotify_secret: crate::runtime::Nullable<String>,
        pub external_twitch_client_id: crate::runtime::Nullable<String>,
        pub external_twitch_email_optional: crate::runtime::Nullable<bool>,
        pub external_twitch_enabled: crate::runtime::Nullable<bool>,
        pub external_twitch_secret: crate::runtime::Nullable<String>,
        pub external_twitter_client_id: crate::runtime::Nullable<String>,
        pub external_twitter_email_optional: crate::runtime::Nullable<bool>,
        pub external_twitter_enabled: crate::runtime::Nullable<bool>,
        pub external_twitter_secret: crate::runtime::Nullable<String>,
        pub external_web3_ethereum_enabled: crate::runtime::Nullable<bool>,
        pub external_web3_solana_enabled: crate::runtime::Nullable<bool>,
        pub external_workos_client_id: crate::runtime::Nullable<String>,
        pub external_workos_enabled: crate::runtime::Nullable<bool>,
        pub external_workos_secret: crate::runtime::Nullable<String>,
        pub external_workos_url: crate::runtime::Nullable<String>,
        pub external_x_client_id: crate::runtime::Nullable<String>,
        pub external_x_email_optional: crate::runtime::Nullable<bool>,
        pub external_x_enabled: crate::runtime::Nullable<bool>,
        pub external_x_secret: crate::runtime::Nullable<String>,
        pub external_zoom_client_id: crate::runtime::Nullable<String>,
        pub external_zoom_email_optional: crate::runtime::Nullable<bool>,
        pub external_zoom_enabled: crate::runtime::Nullable<bool>,
        pub external_zoom_secret: crate::runtime::Nullable<String>,
        pub hook_after_user_created_enabled: crate::runtime::Nullable<bool>,
        pub hook_after_user_created_secrets: crate::runtime::Nullable<String>,
        pub hook_after_user_created_uri: crate::runtime::Nullable<String>,
        pub hook_before_user_created_enabled: crate::runtime::Nullable<bool>,
        pub hook_before_user_created_secrets: crate::runtime::Nullable<String>,
        pub hook_before_user_created_uri: crate::runtime::Nullable<String>,
        pub hook_custom_access_token_enabled: crate::runtime::Nullable<bool>,
        pub hook_custom_access_token_secrets: crate::runtime::Nullable<String>,
        pub hook_custom_access_token_uri: crate::runtime::Nullable<String>,
        pub hook_mfa_verification_attempt_enabled: crate::runtime::Nullable<bool>,
        pub hook_mfa_verification_attempt_secrets: crate::runtime::Nullable<String>,
        pub hook_mfa_verification_attempt_uri: crate::runtime::Nullable<String>,
        pub hook_password_verification_attempt_enabled: crate::runtime::Nullable<bool>,
        pub hook_password_verification_attempt_secrets: crate::runtime::Nullable<String>,
        pub hook_password_verification_attempt_uri: crate::runtime::Nullable<String>,
        pub hook_send_email_enabled: crate::runtime::Nullable<bool>,
        pub hook_send_email_secrets: crate::runtime::Nullable<String>,
        pub hook_send_email_uri: crate::runtime::Nullable<String>,
        pub hook_send_sms_enabled: crate::runtime::Nullable<bool>,
        pub hook_send_sms_secrets: crate::runtime::Nullable<String>,
        pub hook_send_sms_uri: crate::runtime::Nullable<String>,
        pub jwt_exp: crate::runtime::Nullable<i64>,
        pub mailer_allow_unverified_email_sign_ins: crate::runtime::Nullable<bool>,
        pub mailer_autoconfirm: crate::runtime::Nullable<bool>,
        pub mailer_notifications_email_changed_enabled: crate::runtime::Nullable<bool>,
        pub mailer_notifications_identity_linked_enabled: crate::runtime::Nullable<bool>,
        pub mailer_notifications_identity_unlinked_enabled: crate::runtime::Nullable<bool>,
        pub mailer_notifications_mfa_factor_enrolled_enabled: crate::runtime::Nullable<bool>,
        pub mailer_notifications_mfa_factor_unenrolled_enabled: crate::runtime::Nullable<
            bool,
        >,
        pub mailer_notifications_password_changed_enabled: crate::runtime::Nullable<bool>,
        pub mailer_notifications_phone_changed_enabled: crate::runtime::Nullable<bool>,
        pub mailer_otp_exp: Option<i64>,
        pub mailer_otp_length: crate::runtime::Nullable<i64>,
        pub mailer_secure_email_change_enabled: crate::runtime::Nullable<bool>,
        pub mailer_subjects_confirmation: crate::runtime::Nullable<String>,
        pub mailer_subjects_email_change: crate::runtime::Nullable<String>,
        pub mailer_subjects_email_changed_notification: crate::runtime::Nullable<String>,
        pub mailer_subjects_identity_linked_notification: crate::runtime::Nullable<String>,
        pub mailer_subjects_identity_unlinked_notification: crate::runtime::Nullable<String>,
        pub mailer_subjects_invite: crate::runtime::Nullable<String>,
        pub mailer_subjects_magic_link: crate::runtime::Nullable<String>,
        pub mailer_subjects_mfa_factor_enrolled_notification: crate::runtime::Nullable<
            String,
        >,
        pub mailer_subjects_mfa_factor_unenrolled_notification: crate::runtime::Nullable<
            String,
        >,
        pub mailer_subjects_password_changed_notification: crate::runtime::Nullable<String>,
        pub mailer_subjects_phone_changed_notification: crate::runtime::Nullable<String>,
        pub mailer_subjects_reauthentication: crate::runtime::Nullable<String>,
        pub mailer_subjects_recovery: crate::runtime::Nullable<String>,
        pub mailer_templates_confirmation_content: crate::runtime::Nullable<String>,
        pub mailer_templates_email_change_content: crate::runtime::Nullable<String>,
        pub mailer_templates_email_changed_notification_content: crate::runtime::Nullable<
            String,
        >,
        pub mailer_templates_identity_linked_notification_content: crate::runtime::Nullable<
            String,
        >,
        pub mailer_templates_identity_unlinked_notification_content: crate::runtime::Nullable<
            String,
        >,
        pub mailer_templates_invite_content: crate::runtime::Nullable<String>,
        pub mailer_templates_magic_link_content: crate::runtime::Nullable<String>,
        pub mailer_templates_mfa_factor_enrolled_notification_content: crate::runtime::Nullable<
            String,
        >,
        pub mailer_templates_mfa_factor_unenrolled_notification_content: crate::runtime::Nullable<
            String,
        >,
        pub mailer_templates_password_changed_notification_content: crate::runtime::Nullable<
            String,
        >,
        pub mailer_templates_phone_changed_notification_content: crate::runtime::Nullable<
            String,
        >,
        pub mailer_templates_reauthentication_content: crate::runtime::Nullable<String>,
        pub mailer_templates_recovery_content: crate::runtime::Nullable<String>,
        pub mfa_max_enrolled_factors: crate::runtime::Nullable<i64>,
        pub mfa_phone_enroll_enabled: crate::runtime::Nullable<bool>,
        pub mfa_phone_max_frequency: crate::runtime::Nullable<i64>,
        pub mfa_phone_otp_length: crate::runtime::Nullable<i64>,
        pub mfa_phone_template: crate::runtime::Nullable<String>,
        pub mfa_phone_verify_enabled: crate::runtime::Nullable<bool>,
        pub mfa_totp_enroll_enabled: crate::runtime::Nullable<bool>,
        pub mfa_totp_verify_enabled: crate::runtime::Nullable<bool>,
        pub mfa_web_authn_enroll_enabled: crate::runtime::Nullable<bool>,
        pub mfa_web_authn_verify_enabled: crate::runtime::Nullable<bool>,
        pub nimbus_oauth_client_id: crate::runtime::Nullable<String>,
        pub nimbus_oauth_client_secret: crate::runtime::Nullable<String>,
        pub oauth_server_allow_dynamic_registration: crate::runtime::Nullable<bool>,
        pub oauth_server_authorization_path: crate::runtime::Nullable<String>,
        pub oauth_server_enabled: crate::runtime::Nullable<bool>,
        pub passkey_enabled: Option<bool>,
        pub password_hibp_enabled: crate::runtime::Nullable<bool>,
        pub password_min_length: crate::runtime::Nullable<i64>,
        pub password_required_characters: crate::runtime::Nullable<
            UpdateAuthConfigBodyPasswordRequiredCharacters,
        >,
        pub rate_limit_anonymous_users: crate::runtime::Nullable<i64>,
        pub rate_limit_email_sent: crate::runtime::Nullable<i64>,
        pub rate_limit_otp: crate::runtime::Nullable<i64>,
        pub rate_limit_sms_sent: crate::runtime::Nullable<i64>,
        pub rate_limit_token_refresh: crate::runtime::Nullable<i64>,
        pub rate_limit_verify: crate::runtime::Nullable<i64>,
        pub rate_limit_web3: crate::runtime::Nullable<i64>,
        pub refresh_token_rotation_enabled: crate::runtime::Nullable<bool>,
        pub saml_enabled: crate::runtime::Nullable<bool>,
        pub saml_external_url: crate::runtime::Nullable<String>,
        pub security_captcha_enabled: crate::runtime::Nullable<bool>,
        pub security_captcha_provider: crate::runtime::Nullable<
            UpdateAuthConfigBodySecurityCaptchaProvider,
        >,
        pub security_captcha_secret: crate::runtime::Nullable<String>,
        pub security_manual_linking_enabled: crate::runtime::Nullable<bool>,
        pub security_refresh_token_reuse_interval: crate::runtime::Nullable<i64>,
        pub security_sb_forwarded_for_enabled: crate::runtime::Nullable<bool>,
        pub security_update_password_require_reauthentication: crate::runtime::Nullable<
            bool,
        >,
        pub sessions_inactivity_timeout: crate::runtime::Nullable<f64>,
        pub sessions_single_per_user: crate::runtime::Nullable<bool>,
        pub sessions_tags: crate::runtime::Nullable<String>,
        pub sessions_timebox: crate::runtime::Nullable<f64>,
        pub site_url: crate::runtime::Nullable<String>,
        pub sms_autoconfirm: crate::runtime::Nullable<bool>,
        pub sms_max_frequency: crate::runtime::Nullable<i64>,
        pub sms_messagebird_access_key: crate::runtime::Nullable<String>,
        pub sms_messagebird_originator: crate::runtime::Nullable<String>,
        pub sms_otp_exp: crate::runtime::Nullable<i64>,
        pub sms_otp_length: Option<i64>,
        pub sms_provider: crate::runtime::Nullable<UpdateAuthConfigBodySmsProvider>,
        pub sms_template: crate::runtime::Nullable<String>,
        pub sms_test_otp: crate::runtime::Nullable<String>,
        pub sms_test_otp_valid_until: crate::runtime::Nullable<
            crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,
        >,
        pub sms_textlocal_api_key: crate::runtime::Nullable<String>,
        pub sms_textlocal_sender: crate::runtime::Nullable<String>,
        pub sms_twilio_account_sid: crate::runtime::Nullable<String>,
        pub sms_twilio_auth_token: crate::runtime::Nullable<String>,
        pub sms_twilio_content_sid: crate::runtime::Nullable<String>,
        pub sms_twilio_message_service_sid: crate::runtime::Nullable<String>,
        pub sms_twilio_verify_account_sid: crate::runtime::Nullable<String>,
        pub sms_twilio_verify_auth_token: crate::runtime::Nullable<String>,
        pub sms_twilio_verify_message_service_sid: crate::runtime::Nullable<String>,
        pub sms_vonage_api_key: crate::runtime::Nullable<String>,
        pub sms_vonage_api_secret: crate::runtime::Nullable<String>,
        pub sms_vonage_from: crate::runtime::Nullable<String>,
        pub smtp_admin_email: crate::runtime::Nullable<String>,
        pub smtp_host: crate::runtime::Nullable<String>,
        pub smtp_max_frequency: crate::runtime::Nullable<i64>,
        pub smtp_pass: crate::runtime::Nullable<String>,
        pub smtp_port: crate::runtime::Nullable<String>,
        pub smtp_sender_name: crate::runtime::Nullable<String>,
        pub smtp_user: crate::runtime::Nullable<String>,
        pub uri_allow_list: crate::runtime::Nullable<String>,
        pub webauthn_rp_display_name: crate::runtime::Nullable<String>,
        pub webauthn_rp_id: crate::runtime::Nullable<String>,
        pub webauthn_rp_origins: crate::runtime::Nullable<String>,
    }
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

crate::runtime::open_enum! {
    /// Schema: `UpdateAuthConfigBody.db_max_pool_size_unit`
    #[allow(missing_docs)]
    pub enum UpdateAuthConfigBodyDbMaxPoolSizeUnit {
        Connections = "connections",
        Percent = "percent",
    }
}

crate::runtime::open_enum! {
    /// Schema: `UpdateAuthConfigBody.password_required_characters`
    #[allow(missing_docs)]
    pub enum UpdateAuthConfigBodyPasswordRequiredCharacters {
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
    /// Schema: `UpdateAuthConfigBody.security_captcha_provider`
    #[allow(missing_docs)]
    pub enum UpdateAuthConfigBodySecurityCaptchaProvider {
        Turnstile = "turnstile",
        Hcaptcha = "hcaptcha",
    }
}

crate::runtime::open_enum! {
    /// Schema: `UpdateAuthConfigBody.sms_provider`
    #[allow(missing_docs)]
    pub enum UpdateAuthConfigBodySmsProvider {
        Messagebird = "messagebird",
        Textlocal = "textlocal",
        Twilio = "twilio",
        TwilioVerify = "twilio_verify",
        Vonage = "vonage",
    }
}
