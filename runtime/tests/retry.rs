//! Retries and rate limits: 429 handling, replay safety, backoff.

mod common;

use std::time::Duration;

use common::{
    builder, client, create_thing, get_thing, mount, mount_times, requests, serve_once_then,
    TestClock,
};
use openapi_client_runtime::{Error, Request, RetryPolicy};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn ok() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": 1}))
}

/// What one call saw: the final status, the waits on the virtual clock, and
/// how many requests the server received.
struct Seen {
    status: u16,
    waits: Vec<Duration>,
    requests: usize,
}

/// Sends `request` by a default client on an advancing clock to a server
/// that answers `first` once, then `then`.
async fn once_then(first: ResponseTemplate, then: ResponseTemplate, request: Request) -> Seen {
    let server = serve_once_then(request.operation.method, first, then).await;
    let clock = TestClock::advancing();
    let response = client(&server.uri(), &clock)
        .execute(request)
        .await
        .unwrap();
    Seen {
        status: response.status.as_u16(),
        waits: clock.waits(),
        requests: requests(&server).await,
    }
}

#[tokio::test]
async fn retry_after_seconds_is_honored_then_succeeds() {
    let first = ResponseTemplate::new(429).insert_header("Retry-After", "1");
    let seen = once_then(first, ok(), get_thing()).await;

    assert_eq!(seen.status, 200);
    assert_eq!(seen.waits, [Duration::from_secs(1)]);
    assert_eq!(seen.requests, 2);
}

#[tokio::test]
async fn retry_after_http_date_is_honored() {
    // Every test clock starts at the same wall-clock time.
    let start = TestClock::advancing().system_start();
    let date = httpdate::fmt_http_date(start + Duration::from_secs(7));
    let first = ResponseTemplate::new(429).insert_header("Retry-After", date.as_str());

    let seen = once_then(first, ok(), get_thing()).await;

    assert_eq!(seen.waits, [Duration::from_secs(7)]);
}

#[tokio::test]
async fn rate_limited_error_after_the_attempt_limit() {
    let server = MockServer::start().await;
    let rate_limited = ResponseTemplate::new(429).insert_header("Retry-After", "2");
    mount(&server, "GET", rate_limited).await;
    let clock = TestClock::advancing();
    let client = builder(&server.uri(), &clock)
        .retry(RetryPolicy::default().max_attempts(4))
        .build()
        .unwrap();

    let error = client.execute(get_thing()).await.unwrap_err();

    assert!(error.is_rate_limited(), "{error:?}");
    assert!(matches!(&error, Error::RateLimited(e) if e.attempts == 4));
    assert_eq!(error.retry_after(), Some(Duration::from_secs(2)));
    assert_eq!(error.status().map(|s| s.as_u16()), Some(429));
    assert!(error.is_retryable());
    assert_eq!(clock.waits(), [Duration::from_secs(2); 3]);
    assert_eq!(requests(&server).await, 4);
}

#[tokio::test]
async fn without_retry_after_a_429_waits_out_the_blocked_minute() {
    let seen = once_then(ResponseTemplate::new(429), ok(), get_thing()).await;

    assert_eq!(seen.waits, [Duration::from_secs(60)]);
}

#[tokio::test]
async fn the_rate_limit_wait_is_configurable() {
    let server = serve_once_then("GET", ResponseTemplate::new(429), ok()).await;
    let clock = TestClock::advancing();
    let client = builder(&server.uri(), &clock)
        .retry(RetryPolicy::default().rate_limit_wait(Duration::from_secs(15)))
        .build()
        .unwrap();

    client.execute(get_thing()).await.unwrap();

    assert_eq!(clock.waits(), [Duration::from_secs(15)]);
}

#[tokio::test]
async fn a_retry_after_longer_than_max_wait_fails_at_once() {
    let server = MockServer::start().await;
    let rate_limited = ResponseTemplate::new(429).insert_header("Retry-After", "3600");
    mount(&server, "GET", rate_limited).await;
    let clock = TestClock::advancing();

    let error = client(&server.uri(), &clock)
        .execute(get_thing())
        .await
        .unwrap_err();

    assert!(error.is_rate_limited());
    assert_eq!(error.retry_after(), Some(Duration::from_secs(3600)));
    assert!(clock.waits().is_empty());
    assert_eq!(requests(&server).await, 1);
}

#[tokio::test]
async fn a_429_on_a_post_is_retried() {
    let first = ResponseTemplate::new(429).insert_header("Retry-After", "3");
    let seen = once_then(first, ResponseTemplate::new(201), create_thing()).await;

    assert_eq!(seen.status, 201);
    assert_eq!(seen.waits, [Duration::from_secs(3)]);
}

#[tokio::test]
async fn a_429_holds_back_every_clone_of_the_client() {
    let first = ResponseTemplate::new(429).insert_header("Retry-After", "30");
    let server = serve_once_then("GET", first, ok()).await;
    // Time stands still, so the block the 429 set is still in force when the
    // clone sends its first request.
    let clock = TestClock::frozen();
    let first = client(&server.uri(), &clock);
    let second = first.clone();

    first.execute(get_thing()).await.unwrap();
    second.execute(get_thing()).await.unwrap();

    assert_eq!(
        clock.waits(),
        [Duration::from_secs(30), Duration::from_secs(30)]
    );
}

#[tokio::test]
async fn a_503_on_a_get_is_retried_with_exponential_backoff() {
    let server = MockServer::start().await;
    mount_times(&server, "GET", 2, ResponseTemplate::new(503)).await;
    mount(&server, "GET", ok()).await;
    let clock = TestClock::advancing();

    let response = client(&server.uri(), &clock)
        .execute(get_thing())
        .await
        .unwrap();

    assert_eq!(response.status, 200);
    assert_eq!(
        clock.waits(),
        [Duration::from_millis(500), Duration::from_secs(1)]
    );
    assert_eq!(requests(&server).await, 3);
}

#[tokio::test]
async fn a_503_on_a_post_without_idempotency_key_is_not_retried() {
    let server = MockServer::start().await;
    mount(&server, "POST", ResponseTemplate::new(503)).await;
    let clock = TestClock::advancing();

    let error = client(&server.uri(), &clock)
        .execute(create_thing())
        .await
        .unwrap_err();

    assert!(
        matches!(&error, Error::Api(e) if e.status == 503 && e.attempts == 1),
        "{error:?}"
    );
    assert!(clock.waits().is_empty());
    assert_eq!(requests(&server).await, 1);
}

#[tokio::test]
async fn a_503_on_a_post_with_idempotency_key_is_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(header("Idempotency-Key", "create-thing-42"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    mount(&server, "POST", ResponseTemplate::new(201)).await;
    let clock = TestClock::advancing();
    let request = create_thing().with_header("Idempotency-Key", "create-thing-42");

    let response = client(&server.uri(), &clock)
        .execute(request)
        .await
        .unwrap();

    assert_eq!(response.status, 201);
    assert_eq!(clock.waits(), [Duration::from_millis(500)]);
}

#[tokio::test]
async fn a_503_retry_after_is_honored() {
    let first = ResponseTemplate::new(503).insert_header("Retry-After", "4");
    let seen = once_then(first, ok(), get_thing()).await;

    assert_eq!(seen.waits, [Duration::from_secs(4)]);
}

#[tokio::test]
async fn disabled_retries_make_one_attempt() {
    let server = MockServer::start().await;
    mount(&server, "GET", ResponseTemplate::new(503)).await;
    let clock = TestClock::advancing();
    let client = builder(&server.uri(), &clock)
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap();

    let error = client.execute(get_thing()).await.unwrap_err();

    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert!(error.is_retryable());
    assert_eq!(requests(&server).await, 1);
    assert!(clock.waits().is_empty());
}

#[tokio::test]
async fn jitter_is_injectable() {
    let server = MockServer::start().await;
    mount(&server, "GET", ResponseTemplate::new(500)).await;
    let clock = TestClock::advancing();
    let client = builder(&server.uri(), &clock)
        .retry(
            RetryPolicy::default()
                .max_attempts(4)
                .initial_backoff(Duration::from_secs(1))
                .max_backoff(Duration::from_secs(3))
                .jitter(|backoff| backoff / 4),
        )
        .build()
        .unwrap();

    let error = client.execute(get_thing()).await.unwrap_err();

    assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
    // 1 s, 2 s, then capped at 3 s; each divided by the injected jitter.
    assert_eq!(
        clock.waits(),
        [
            Duration::from_millis(250),
            Duration::from_millis(500),
            Duration::from_millis(750)
        ]
    );
}

#[tokio::test]
async fn the_default_jitter_stays_within_half_and_all_of_the_backoff() {
    let server = MockServer::start().await;
    mount(&server, "GET", ResponseTemplate::new(502)).await;
    let clock = TestClock::advancing();
    // Not `common::builder`, which turns jitter off.
    let client = openapi_client_runtime::Client::builder(common::BASE)
        .access_token(common::TOKEN)
        .base_url(server.uri())
        .allow_insecure_http(true)
        .clock(clock.clone())
        .build()
        .unwrap();

    client.execute(get_thing()).await.unwrap_err();

    let waits = clock.waits();
    assert_eq!(waits.len(), 2);
    assert!((Duration::from_millis(250)..=Duration::from_millis(500)).contains(&waits[0]));
    assert!((Duration::from_millis(500)..=Duration::from_secs(1)).contains(&waits[1]));
}

#[tokio::test]
async fn connection_errors_are_retried_for_a_get() {
    let clock = TestClock::advancing();

    let error = client(&common::closed_port_uri(), &clock)
        .execute(get_thing())
        .await
        .unwrap_err();

    assert!(
        matches!(&error, Error::Transport { attempts: 3, .. }),
        "{error:?}"
    );
    assert!(error.is_retryable());
    assert_eq!(
        clock.waits(),
        [Duration::from_millis(500), Duration::from_secs(1)]
    );
}

#[tokio::test]
async fn connection_errors_are_not_retried_for_a_post() {
    let clock = TestClock::advancing();

    let error = client(&common::closed_port_uri(), &clock)
        .execute(create_thing())
        .await
        .unwrap_err();

    assert!(
        matches!(&error, Error::Transport { attempts: 1, .. }),
        "{error:?}"
    );
    assert!(clock.waits().is_empty());
}

#[tokio::test]
async fn execute_raw_retries_then_returns_the_last_response_whatever_its_status() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/things/1"))
        .respond_with(ResponseTemplate::new(503).set_body_string("down"))
        .mount(&server)
        .await;
    let clock = TestClock::advancing();

    let response = client(&server.uri(), &clock)
        .execute_raw(get_thing())
        .await
        .unwrap();

    assert_eq!(response.status, 503);
    assert_eq!(response.text().unwrap(), "down");
    assert_eq!(requests(&server).await, 3);
}
