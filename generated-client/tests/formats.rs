//! Typed formats on the wire: `format: uuid` and `format: date-time`
//! values are `uuid::Uuid` and `chrono::DateTime<Utc>` (through the crate's
//! re-exports), sent in paths and queries in their wire form, decoded from
//! responses; and what a malformed timestamp from the server does.

use serde_json::{json, Value};
use supabase_management_api::chrono::{DateTime, TimeZone, Utc};
use supabase_management_api::types::SigningKeyResponseStatus;
use supabase_management_api::uuid::Uuid;
use supabase_management_api::{Client, Error};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY_ID: &str = "33333333-3333-4333-8333-333333333333";

fn client(uri: &str) -> Client {
    Client::builder("sbp_0123456789abcdef")
        .base_url(uri)
        .allow_insecure_http(true)
        .build()
        .unwrap()
}

fn signing_key(created_at: &str) -> Value {
    json!({
        "algorithm": "ES256",
        "created_at": created_at,
        "id": KEY_ID,
        "status": "in_use",
        "updated_at": "2024-06-01T12:00:00.250+02:00"
    })
}

/// A server answering `GET` on `route` with 200 and `body`.
async fn serve(route: &str, body: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(route))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn a_uuid_path_parameter_is_sent_hyphenated_and_typed_fields_decode() {
    let route = format!("/v1/projects/abcdefghijklmnopqrst/config/auth/signing-keys/{KEY_ID}");
    let server = serve(&route, signing_key("2024-01-01T00:00:00Z")).await;
    let id: Uuid = KEY_ID.to_uppercase().parse().unwrap();

    let key = client(&server.uri())
        .get_project_signing_key("abcdefghijklmnopqrst", id)
        .await
        .unwrap();

    assert_eq!(key.id, id);
    assert_eq!(
        key.created_at,
        Utc.with_ymd_and_hms(2024, 1, 1, 0, 0, 0).unwrap()
    );
    // Read with its offset, held in UTC.
    let updated: DateTime<Utc> = "2024-06-01T10:00:00.250Z".parse().unwrap();
    assert_eq!(key.updated_at, updated);
    assert_eq!(key.status, SigningKeyResponseStatus::InUse);
}

#[tokio::test]
async fn date_time_query_parameters_are_sent_as_rfc3339() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(
            "/v1/projects/abcdefghijklmnopqrst/analytics/endpoints/logs.all",
        ))
        // Not chrono's `Display` (`2025-03-01 00:00:00 UTC`).
        .and(query_param("iso_timestamp_start", "2025-03-01T00:00:00Z"))
        .and(query_param("iso_timestamp_end", "2025-03-01T23:59:59.500Z"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"result": []})))
        .expect(1)
        .mount(&server)
        .await;
    let start = Utc.with_ymd_and_hms(2025, 3, 1, 0, 0, 0).unwrap();
    let end: DateTime<Utc> = "2025-03-02T01:59:59.5+02:00".parse().unwrap();

    let logs = client(&server.uri())
        .get_project_logs("abcdefghijklmnopqrst")
        .iso_timestamp_start(start)
        .iso_timestamp_end(end)
        .await
        .unwrap();

    assert_eq!(logs.result, Some(Vec::new()));
}

/// A timestamp the server got wrong fails the typed call with a decode error
/// naming its JSON path (the value is never replaced or dropped); the body
/// is still there through `send_raw()`.
#[tokio::test]
async fn a_malformed_timestamp_is_a_decode_error_at_its_path_and_send_raw_keeps_the_body() {
    let keys = json!({"keys": [
        signing_key("2024-01-01T00:00:00Z"),
        signing_key("2024-13-45T25:61:00Z"),
    ]});
    let route = "/v1/projects/abcdefghijklmnopqrst/config/auth/signing-keys";
    let server = serve(route, keys).await;
    let client = client(&server.uri());

    let error = client
        .get_project_signing_keys("abcdefghijklmnopqrst")
        .await
        .unwrap_err();

    let Error::Decode(decode) = &error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(decode.path, "keys[1].created_at");
    assert_eq!(decode.status, 200);
    assert!(!decode.message.is_empty());
    assert!(error.to_string().contains("keys[1].created_at"), "{error}");

    let raw = client
        .get_project_signing_keys("abcdefghijklmnopqrst")
        .send_raw()
        .await
        .unwrap();
    assert_eq!(raw.status, 200);
    let body: Value = serde_json::from_slice(&raw.body).unwrap();
    assert_eq!(body["keys"][1]["created_at"], "2024-13-45T25:61:00Z");
}

/// A timestamp without an offset is not RFC 3339: refused too, not guessed.
#[tokio::test]
async fn a_timestamp_without_an_offset_is_a_decode_error() {
    let route = format!("/v1/projects/abcdefghijklmnopqrst/config/auth/signing-keys/{KEY_ID}");
    let server = serve(&route, signing_key("2024-01-01T00:00:00")).await;

    let error = client(&server.uri())
        .get_project_signing_key("abcdefghijklmnopqrst", KEY_ID.parse().unwrap())
        .await
        .unwrap_err();

    assert!(
        matches!(&error, Error::Decode(d) if d.path == "created_at"),
        "{error:?}"
    );
}
