//! Response metadata: a decoded value with its status, headers, request id
//! and the server's rate-limit headers.

mod common;

use std::time::Duration;

use common::{client, get_thing, serve, TestClock};
use openapi_client_runtime::reqwest::header::{HeaderMap, HeaderValue};
use openapi_client_runtime::{Call, Error, Json, ServerRateLimit, Unit, WithMetadata};
use wiremock::ResponseTemplate;

fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        map.insert(*name, HeaderValue::from_str(value).unwrap());
    }
    map
}

#[test]
fn the_three_rate_limit_headers_are_read() {
    let read = |pairs: &[(&'static str, &str)]| ServerRateLimit::from_headers(&headers(pairs));
    assert_eq!(
        read(&[
            ("x-ratelimit-limit", "120"),
            ("x-ratelimit-remaining", "7"),
            ("x-ratelimit-reset", "30"),
        ]),
        Some(ServerRateLimit {
            limit: 120,
            remaining: 7,
            reset: Duration::from_secs(30),
        })
    );
    // A decimal reset, and spaces around values.
    assert_eq!(
        read(&[
            ("x-ratelimit-limit", " 10 "),
            ("x-ratelimit-remaining", "0"),
            ("x-ratelimit-reset", "1.5"),
        ])
        .map(|limit| limit.reset),
        Some(Duration::from_millis(1_500))
    );
    // Any header missing or invalid: nothing is reported.
    for broken in [
        ("x-ratelimit-limit", "many"),
        ("x-ratelimit-remaining", "-1"),
        ("x-ratelimit-reset", "soon"),
        ("x-ratelimit-reset", "-3"),
        ("x-ratelimit-reset", "NaN"),
    ] {
        let mut pairs = vec![
            ("x-ratelimit-limit", "120"),
            ("x-ratelimit-remaining", "7"),
            ("x-ratelimit-reset", "30"),
        ];
        pairs.retain(|(name, _)| *name != broken.0);
        pairs.push(broken);
        assert_eq!(read(&pairs), None, "{broken:?}");
    }
    assert_eq!(read(&[("x-ratelimit-limit", "120")]), None);
}

#[tokio::test]
async fn a_call_with_metadata_returns_the_value_status_headers_and_limits() {
    let server = serve(
        ResponseTemplate::new(201)
            .set_body_json(serde_json::json!({"id": 7}))
            .insert_header("x-request-id", "req-123")
            .insert_header("x-ratelimit-limit", "120")
            .insert_header("x-ratelimit-remaining", "119")
            .insert_header("x-ratelimit-reset", "60"),
    )
    .await;
    let client = client(&server.uri(), &TestClock::advancing());

    let response = Call::new(Ok((client, get_thing())), WithMetadata(Json))
        .await
        .unwrap();

    assert_eq!(response.status(), 201);
    assert_eq!(response.request_id(), Some("req-123"));
    assert_eq!(
        response.rate_limit(),
        Some(ServerRateLimit {
            limit: 120,
            remaining: 119,
            reset: Duration::from_secs(60),
        })
    );
    assert_eq!(response.headers()["x-ratelimit-limit"], "120");
    let value: &serde_json::Value = response.value();
    assert_eq!(value["id"], 7);
    let value: serde_json::Value = response.into_inner();
    assert_eq!(value, serde_json::json!({"id": 7}));
}

#[tokio::test]
async fn metadata_without_rate_limit_headers_has_none_and_errors_stay_errors() {
    let server = serve(ResponseTemplate::new(204)).await;
    let client = client(&server.uri(), &TestClock::advancing());
    let response = Call::new(Ok((client, get_thing())), WithMetadata(Unit))
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(response.rate_limit(), None);
    assert_eq!(response.request_id(), None);

    let server = serve(ResponseTemplate::new(404).set_body_string("{}")).await;
    let client = common::client(&server.uri(), &TestClock::advancing());
    let error = Call::<openapi_client_runtime::Response<()>, _>::new(
        Ok((client, get_thing())),
        WithMetadata(Unit),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(error, Error::Api(ref api) if api.status == 404),
        "{error:?}"
    );
}
