//! What every generated call shares, through real generated builders: the
//! call's deadline and the per-attempt timeout, and the response metadata.

#[path = "../../runtime/tests/common/mod.rs"]
mod common;

use std::time::Duration;

use common::TestClock;
use supabase_management_api::{Client, Error, Response, RetryPolicy, ServerRateLimit};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "sbp_0123456789abcdef_SECRET_TOKEN";

fn client(uri: &str, clock: &TestClock) -> Client {
    Client::builder(TOKEN)
        .base_url(uri)
        .allow_insecure_http(true)
        .clock(clock.clone())
        .build()
        .unwrap()
}

async fn serve(response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(response)
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn a_calls_timeout_bounds_its_rate_limit_waits() {
    let server = serve(ResponseTemplate::new(429).insert_header("Retry-After", "30")).await;
    let clock = TestClock::advancing();
    let client = client(&server.uri(), &clock);

    let error = client
        .list_all_projects()
        .timeout(Duration::from_secs(10))
        .await
        .unwrap_err();

    assert!(matches!(error, Error::RateLimited(_)), "{error:?}");
    assert_eq!(error.retry_after(), Some(Duration::from_secs(30)));
    assert!(clock.waits().is_empty(), "{:?}", clock.waits());
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_calls_attempt_timeout_bounds_each_attempt() {
    let server = serve(
        ResponseTemplate::new(200)
            .set_body_string("[]")
            .set_delay(Duration::from_secs(5)),
    )
    .await;
    let clock = TestClock::advancing();
    let client = Client::builder(TOKEN)
        .base_url(server.uri())
        .allow_insecure_http(true)
        .clock(clock.clone())
        .retry(RetryPolicy::default().max_attempts(2).no_jitter())
        .build()
        .unwrap();

    let error = client
        .list_all_projects()
        .attempt_timeout(Duration::from_millis(50))
        .await
        .unwrap_err();

    assert!(
        matches!(error, Error::Timeout { timeout: Some(t), attempts: 2, .. } if t == Duration::from_millis(50)),
        "{error:?}"
    );
    assert_eq!(clock.waits(), [Duration::from_millis(500)]);
}

#[tokio::test]
async fn a_generated_call_returns_its_value_with_the_response_metadata() {
    let server = serve(
        ResponseTemplate::new(200)
            .set_body_string("[]")
            .insert_header("x-request-id", "req-9")
            .insert_header("x-ratelimit-limit", "120")
            .insert_header("x-ratelimit-remaining", "118")
            .insert_header("x-ratelimit-reset", "42"),
    )
    .await;
    let client = client(&server.uri(), &TestClock::advancing());

    let response: Response<Vec<_>> = client
        .list_all_projects()
        .send_with_metadata()
        .await
        .unwrap();

    assert_eq!(response.status(), 200);
    assert_eq!(response.request_id(), Some("req-9"));
    assert_eq!(
        response.rate_limit(),
        Some(ServerRateLimit {
            limit: 120,
            remaining: 118,
            reset: Duration::from_secs(42),
        })
    );
    assert!(response.into_inner().is_empty());
}
