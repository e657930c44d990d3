//! The client-side rate limiter: a burst never exceeds the configured rate,
//! counted per virtual-time window.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{builder, get_thing, requests, serve, TestClock};
use openapi_client_runtime::RateLimit;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const MINUTE: Duration = Duration::from_secs(60);

/// How many of `times` fall in each window of `window`, from time zero.
fn per_window(times: &[Duration], window: Duration) -> Vec<usize> {
    let mut counts = Vec::new();
    for time in times {
        let index = (time.as_nanos() / window.as_nanos()) as usize;
        if counts.len() <= index {
            counts.resize(index + 1, 0);
        }
        counts[index] += 1;
    }
    counts
}

#[tokio::test]
async fn a_sequential_burst_of_100_is_held_to_60_per_minute() {
    let server = MockServer::start().await;
    let clock = TestClock::advancing();
    // The server records the virtual time at which each request arrives.
    let arrivals = Arc::new(Mutex::new(Vec::new()));
    let (recorder, at) = (arrivals.clone(), clock.clone());
    Mock::given(method("GET"))
        .respond_with(move |_: &Request| {
            recorder.lock().unwrap().push(at.elapsed());
            ResponseTemplate::new(200)
        })
        .mount(&server)
        .await;
    let client = builder(&server.uri(), &clock)
        .rate_limit(RateLimit::default())
        .build()
        .unwrap();

    for _ in 0..100 {
        client.execute(get_thing()).await.unwrap();
    }

    let arrivals = arrivals.lock().unwrap().clone();
    assert_eq!(arrivals.len(), 100);
    assert_eq!(per_window(&arrivals, MINUTE), [60, 40]);
    // Any 60 consecutive sends span at least a minute.
    for pair in arrivals.windows(61) {
        assert!(pair[60] - pair[0] >= MINUTE);
    }
    assert_eq!(clock.waits(), [MINUTE]);
}

#[tokio::test]
async fn a_concurrent_burst_over_clones_shares_one_limit() {
    let server = serve(ResponseTemplate::new(200)).await;
    // Time stands still, so each call's wait is its send time.
    let clock = TestClock::frozen();
    let client = builder(&server.uri(), &clock)
        .rate_limit(RateLimit::new(10, Duration::from_secs(1)))
        .build()
        .unwrap();

    let calls: Vec<_> = (0..100)
        .map(|_| {
            let clone = client.clone();
            tokio::spawn(async move { clone.execute(get_thing()).await })
        })
        .collect();
    for call in calls {
        assert_eq!(call.await.unwrap().unwrap().status, 200);
    }

    assert_eq!(requests(&server).await, 100);
    // 10 go at once, then 10 per further second.
    let mut send_times = clock.waits();
    send_times.resize(100, Duration::ZERO);
    send_times.sort();
    assert_eq!(per_window(&send_times, Duration::from_secs(1)), [10; 10]);
}

#[tokio::test]
async fn without_a_limit_nothing_waits() {
    let server = serve(ResponseTemplate::new(200)).await;
    let clock = TestClock::advancing();
    let client = builder(&server.uri(), &clock).build().unwrap();

    for _ in 0..100 {
        client.execute(get_thing()).await.unwrap();
    }

    assert!(clock.waits().is_empty());
}
