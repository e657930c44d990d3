//! Deadlines: a call's timeout bounds the whole call (attempts, backoff,
//! rate-limit waits); the per-attempt timeout is a separate setting. Every
//! wait here is on the virtual clock.

mod common;

use std::time::Duration;

use common::{
    builder, get_thing, mount_times, requests, serve, serve_once_then, throttled, TestClock,
};
use openapi_client_runtime::{Client, Error, RateLimit, RetryPolicy};
use wiremock::{MockServer, ResponseTemplate};

const SECOND: Duration = Duration::from_secs(1);

/// Five attempts allowed, backing off 1 s, 2 s, 4 s...
fn patient() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(5)
        .initial_backoff(SECOND)
        .no_jitter()
}

/// A client of `server` with the [`patient`] retry policy.
fn patient_client(server: &MockServer, clock: &TestClock) -> Client {
    builder(&server.uri(), clock)
        .retry(patient())
        .build()
        .unwrap()
}

/// A `429` asking for a wait of `seconds`.
fn too_many(seconds: &str) -> ResponseTemplate {
    ResponseTemplate::new(429).insert_header("Retry-After", seconds)
}

#[tokio::test]
async fn the_call_timeout_stops_retries_whose_backoff_would_pass_it() {
    let server = serve(ResponseTemplate::new(503)).await;
    let clock = TestClock::advancing();
    let client = patient_client(&server, &clock);

    let error = client
        .execute(get_thing().with_timeout(Duration::from_millis(2_500)))
        .await
        .unwrap_err();

    // 0 s: 503, wait 1 s; 1 s: 503, and a 2 s wait would end at 3 s > 2.5 s.
    let Error::Api(api) = &error else {
        panic!("expected the last 503, got {error:?}");
    };
    assert_eq!(api.status, 503);
    assert_eq!(api.attempts, 2);
    assert_eq!(requests(&server).await, 2);
    assert_eq!(clock.waits(), [SECOND]);
}

#[tokio::test]
async fn without_a_deadline_the_same_call_uses_every_attempt() {
    let server = serve(ResponseTemplate::new(503)).await;
    let clock = TestClock::advancing();
    let client = patient_client(&server, &clock);

    let error = client.execute(get_thing()).await.unwrap_err();

    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(requests(&server).await, 5);
    assert_eq!(clock.waits(), [SECOND, 2 * SECOND, 4 * SECOND, 8 * SECOND]);
}

#[tokio::test]
async fn the_clients_default_deadline_applies_to_every_call() {
    let server = serve(ResponseTemplate::new(503)).await;
    let clock = TestClock::advancing();
    let client = builder(&server.uri(), &clock)
        .retry(patient())
        .timeout(Some(Duration::from_millis(2_500)))
        .build()
        .unwrap();

    client.execute(get_thing()).await.unwrap_err();
    assert_eq!(requests(&server).await, 2);

    // A call's own deadline overrides it.
    client
        .execute(get_thing().with_timeout(Duration::from_secs(100)))
        .await
        .unwrap_err();
    assert_eq!(requests(&server).await, 2 + 5);
}

#[tokio::test]
async fn a_retry_after_past_the_deadline_fails_at_once_with_the_rate_limited_error() {
    let server = serve(too_many("30")).await;
    let clock = TestClock::advancing();
    let client = patient_client(&server, &clock);

    let error = client
        .execute(get_thing().with_timeout(10 * SECOND))
        .await
        .unwrap_err();

    assert!(matches!(error, Error::RateLimited(_)), "{error:?}");
    assert!(error.is_rate_limited());
    assert_eq!(error.retry_after(), Some(30 * SECOND));
    assert_eq!(requests(&server).await, 1);
    // Nothing was waited out.
    assert!(clock.waits().is_empty(), "{:?}", clock.waits());
    assert_eq!(clock.elapsed(), Duration::ZERO);
}

#[tokio::test]
async fn a_retry_after_within_the_deadline_is_waited_out() {
    let server = serve_once_then("GET", too_many("3"), ResponseTemplate::new(200)).await;
    let clock = TestClock::advancing();
    let client = builder(&server.uri(), &clock).build().unwrap();

    let response = client
        .execute(get_thing().with_timeout(10 * SECOND))
        .await
        .unwrap();

    assert_eq!(response.status, 200);
    assert_eq!(clock.waits(), [3 * SECOND]);
}

#[tokio::test]
async fn a_limiter_wait_past_the_deadline_fails_at_once() {
    let server = serve(ResponseTemplate::new(200)).await;
    let clock = TestClock::advancing();
    let client = builder(&server.uri(), &clock)
        .rate_limit(RateLimit::per_minute(1))
        .build()
        .unwrap();
    client.execute(get_thing()).await.unwrap();

    let error = client
        .execute(get_thing().with_timeout(10 * SECOND))
        .await
        .unwrap_err();

    assert_eq!(throttled(&error), (60 * SECOND, 0));
    assert!(error.is_rate_limited());
    assert_eq!(error.retry_after(), Some(60 * SECOND));
    assert_eq!(requests(&server).await, 1);
    assert!(clock.waits().is_empty(), "{:?}", clock.waits());

    // The refused call reserved nothing: the next one waits only for the
    // first one's window.
    client
        .execute(get_thing().with_timeout(100 * SECOND))
        .await
        .unwrap();
    assert_eq!(clock.waits(), [60 * SECOND]);
}

#[tokio::test]
async fn a_429_blocks_other_calls_and_their_deadline_bounds_the_wait() {
    let server = serve_once_then("GET", too_many("20"), ResponseTemplate::new(200)).await;
    // Time stands still: the block set by the 429 stays ahead.
    let clock = TestClock::frozen();
    let client = builder(&server.uri(), &clock)
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap();
    let first = client.execute(get_thing()).await.unwrap_err();
    assert!(matches!(first, Error::RateLimited(_)), "{first:?}");

    // Retries are off, so the 429 set no block; with them on it does.
    let client = builder(&server.uri(), &clock).build().unwrap();
    mount_times(&server, "GET", 1, too_many("20")).await;
    // Its own deadline allows the 20 s wait: it waits, then succeeds.
    client
        .execute(get_thing().with_timeout(30 * SECOND))
        .await
        .unwrap();
    // The block is still ahead on the frozen clock: a call allowed 5 s fails
    // at once, without sending.
    let before = requests(&server).await;
    let error = client
        .execute(get_thing().with_timeout(5 * SECOND))
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Throttled { wait, .. } if wait == 20 * SECOND),
        "{error:?}"
    );
    assert_eq!(requests(&server).await, before);
}

#[tokio::test]
async fn an_attempt_cut_short_by_the_deadline_is_a_deadline_error() {
    let server = serve(ResponseTemplate::new(200).set_delay(Duration::from_secs(5))).await;
    let client = builder(&server.uri(), &TestClock::advancing())
        .build()
        .unwrap();

    let error = client
        .execute(get_thing().with_timeout(Duration::from_millis(50)))
        .await
        .unwrap_err();

    assert!(
        matches!(error, Error::Deadline { deadline, attempts: 1, .. } if deadline == Duration::from_millis(50)),
        "{error:?}"
    );
    assert!(error.is_timeout());
    // Not retried: the deadline has passed.
    assert_eq!(requests(&server).await, 1);
}

#[tokio::test]
async fn a_timed_out_attempt_is_retried_within_the_deadline() {
    let server = serve(ResponseTemplate::new(200).set_delay(Duration::from_secs(5))).await;
    let clock = TestClock::advancing();
    let client = patient_client(&server, &clock);

    let error = client
        .execute(
            get_thing()
                .with_attempt_timeout(Duration::from_millis(50))
                .with_timeout(Duration::from_millis(3_500)),
        )
        .await
        .unwrap_err();

    // Attempts time out on their own timeout; backoff 1 s then 2 s fits in
    // 3.5 s of virtual time, and 4 s more would not.
    assert!(
        matches!(error, Error::Timeout { timeout: Some(t), attempts: 3, .. } if t == Duration::from_millis(50)),
        "{error:?}"
    );
    assert_eq!(clock.waits(), [SECOND, 2 * SECOND]);
    assert_eq!(requests(&server).await, 3);
}
