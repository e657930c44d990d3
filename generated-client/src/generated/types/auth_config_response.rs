//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/AuthConfigResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/AuthConfigResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct AuthConfigResponse {
        #[wire(required)]
        pub api_max_request_duration: Option<i64>,
        pub custom_oauth_enabled: bool,
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
        pub oauth_server_allow_dynamic_registration: bool,
        #[wire(required)]
        pub oauth_server_authorization_path: Option<String>,
        pub oauth_server_enabled: bool,
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
        pub sms_otp_length: i64,
        #[wire(required)]
        pub sms_provider: Option<AuthConfigResponseSmsProvider>,
        #[wire(required)]
        pub sms_template: Option<String>,
        #[wire(required)]
        pub sms_test_otp: Option<String>,
        #[wire(required)]
        pub sms_test_otp_valid_until: Option<String>,
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

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/AuthConfigResponse/properties/db_max_pool_size_unit`
    #[allow(missing_docs)]
    pub enum AuthConfigResponseDbMaxPoolSizeUnit {
        Connections = "connections",
        Percent = "percent",
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/AuthConfigResponse/properties/password_required_characters`
    #[allow(missing_docs)]
    pub enum AuthConfigResponsePasswordRequiredCharacters {
        LowerUpperColonDigits = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ:0123456789",
        LowerColonUpperColonDigits = "abcdefghijklmnopqrstuvwxyz:ABCDEFGHIJKLMNOPQRSTUVWXYZ:0123456789",
        LowerColonUpperColonDigitsSymbols = "abcdefghijklmnopqrstuvwxyz:ABCDEFGHIJKLMNOPQRSTUVWXYZ:0123456789:!@#$%^&*()_+-=[]{};'\\\\:\"|<>?,./`~",
        Empty = "",
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/AuthConfigResponse/properties/security_captcha_provider`
    #[allow(missing_docs)]
    pub enum AuthConfigResponseSecurityCaptchaProvider {
        Turnstile = "turnstile",
        Hcaptcha = "hcaptcha",
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/AuthConfigResponse/properties/sms_provider`
    #[allow(missing_docs)]
    pub enum AuthConfigResponseSmsProvider {
        Messagebird = "messagebird",
        Textlocal = "textlocal",
        Twilio = "twilio",
        TwilioVerify = "twilio_verify",
        Vonage = "vonage",
    }
}
