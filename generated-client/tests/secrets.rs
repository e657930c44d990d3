//! Secrets never print: `Debug` of a type or a request builder shows a
//! secret as `[redacted]`, while the value stays a plain field.

use supabase_management_api::types::{
    CreateSecretBodyItem, OAuthTokenResponse, SecretResponse, V1CreateProjectBody,
};
use supabase_management_api::Client;

const SECRET: &str = "s3cr3t-value-that-must-not-print";

#[test]
fn a_request_body_and_its_builder_redact_the_database_password() {
    let body: V1CreateProjectBody = serde_json::from_value(serde_json::json!({
        "db_pass": SECRET,
        "name": "project",
        "organization_slug": "org",
    }))
    .expect("a valid body");
    assert_eq!(body.db_pass, SECRET, "the value stays easy to read");
    let printed = format!("{body:?}");
    assert!(printed.contains(r#"db_pass: [redacted]"#), "{printed}");
    assert!(printed.contains(r#"name: "project""#), "{printed}");
    assert!(!printed.contains(SECRET), "{printed}");

    let client = Client::new("token").expect("a client");
    let builder = client.create_a_project(body);
    let printed = format!("{builder:?}");
    assert!(!printed.contains(SECRET), "{printed}");
    assert!(printed.contains("[redacted]"), "{printed}");
}

#[test]
fn secret_values_and_tokens_are_redacted_and_their_neighbours_are_not() {
    let secret: SecretResponse = serde_json::from_value(serde_json::json!({
        "name": "STRIPE_KEY",
        "value": SECRET,
    }))
    .expect("a valid secret");
    let printed = format!("{secret:?}");
    assert!(printed.contains(r#"name: "STRIPE_KEY""#), "{printed}");
    assert!(!printed.contains(SECRET), "{printed}");

    let item: CreateSecretBodyItem = serde_json::from_value(serde_json::json!({
        "name": "STRIPE_KEY",
        "value": SECRET,
    }))
    .expect("a valid item");
    assert!(!format!("{item:?}").contains(SECRET));

    let token: OAuthTokenResponse = serde_json::from_value(serde_json::json!({
        "access_token": SECRET,
        "refresh_token": SECRET,
        "expires_in": 3600,
        "token_type": "Bearer",
    }))
    .expect("a valid token response");
    let printed = format!("{token:?}");
    assert!(!printed.contains(SECRET), "{printed}");
    assert!(printed.contains("expires_in: 3600"), "{printed}");
    assert!(printed.contains("token_type: Bearer"), "{printed}");
}

#[test]
fn auth_config_secrets_are_redacted_and_their_limits_are_not() {
    use supabase_management_api::types::UpdateAuthConfigBody;
    let body: UpdateAuthConfigBody = serde_json::from_value(serde_json::json!({
        "smtp_pass": SECRET,
        "external_github_secret": SECRET,
        "sms_messagebird_access_key": SECRET,
        "password_min_length": 12,
        "rate_limit_token_refresh": 150,
    }))
    .expect("a valid body");
    let printed = format!("{body:?}");
    assert!(!printed.contains(SECRET), "{printed}");
    for field in [
        "smtp_pass",
        "external_github_secret",
        "sms_messagebird_access_key",
    ] {
        assert!(
            printed.contains(&format!("{field}: [redacted]")),
            "{field}: {printed}"
        );
    }
    assert!(
        printed.contains("password_min_length: Value(12)"),
        "{printed}"
    );
    assert!(
        printed.contains("rate_limit_token_refresh: Value(150)"),
        "{printed}"
    );
}

#[test]
fn the_jwt_secret_and_a_private_signing_key_are_redacted() {
    use supabase_management_api::types::{
        CreateSigningKeyBody, PostgrestConfigWithJwtSecretResponse,
    };
    let config: PostgrestConfigWithJwtSecretResponse = serde_json::from_value(serde_json::json!({
        "db_extra_search_path": "public",
        "db_schema": "public",
        "jwt_secret": SECRET,
        "max_rows": 1000,
    }))
    .expect("a valid config");
    let printed = format!("{config:?}");
    assert!(printed.contains("jwt_secret: [redacted]"), "{printed}");
    assert!(printed.contains("max_rows: 1000"), "{printed}");
    assert!(!printed.contains(SECRET), "{printed}");

    let body: CreateSigningKeyBody = serde_json::from_value(serde_json::json!({
        "algorithm": "HS256",
        "private_jwk": {"kty": "oct", "k": SECRET},
    }))
    .expect("a valid body");
    let printed = format!("{body:?}");
    assert!(printed.contains("private_jwk: [redacted]"), "{printed}");
    assert!(!printed.contains(SECRET), "{printed}");
}
