//! Pacing by the rate limits the server reports: servers here count requests
//! in fixed windows on the same virtual clock as the client, answer 429
//! beyond their budget, and report `x-ratelimit-*` on every response. The
//! client must never provoke that 429.

mod common;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{builder, get_thing, throttled, TestClock, GET_THING};
use openapi_client_runtime::{Client, Error, Operation, Request, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECOND: Duration = Duration::from_secs(1);
const MINUTE: Duration = Duration::from_secs(60);

/// A server's budget: `budget` requests per fixed window of `per`, from
/// time zero; what it answered, and when.
struct Budget {
    budget: u64,
    per: Duration,
    counts: Mutex<BTreeMap<u128, u64>>,
    answers: Mutex<Vec<(Duration, u16)>>,
}

impl Budget {
    fn new(budget: u64, per: Duration) -> Arc<Self> {
        Arc::new(Self {
            budget,
            per,
            counts: Mutex::new(BTreeMap::new()),
            answers: Mutex::new(Vec::new()),
        })
    }

    /// Counts a request arriving at `elapsed`: its status and headers.
    fn answer(&self, elapsed: Duration) -> (u16, Vec<(&'static str, String)>) {
        let window = elapsed.as_nanos() / self.per.as_nanos();
        let end = self.per * (u32::try_from(window).unwrap() + 1);
        // Whole seconds, rounded up: the window has surely reset by then.
        let reset = (end - elapsed).as_secs_f64().ceil() as u64;
        let mut counts = self.counts.lock().unwrap();
        let count = counts.entry(window).or_insert(0);
        let (status, remaining) = if *count >= self.budget {
            (429, 0)
        } else {
            *count += 1;
            (200, self.budget - *count)
        };
        self.answers.lock().unwrap().push((elapsed, status));
        let mut headers = vec![
            ("x-ratelimit-limit", self.budget.to_string()),
            ("x-ratelimit-remaining", remaining.to_string()),
            ("x-ratelimit-reset", reset.to_string()),
        ];
        if status == 429 {
            headers.push(("retry-after", reset.to_string()));
        }
        (status, headers)
    }

    fn answers(&self) -> Vec<(Duration, u16)> {
        self.answers.lock().unwrap().clone()
    }

    fn refused(&self) -> usize {
        self.answers().iter().filter(|(_, s)| *s == 429).count()
    }
}

/// Answers requests to `route` from `budget`, on `clock`'s virtual time.
async fn mount(server: &MockServer, route: &str, budget: &Arc<Budget>, clock: &TestClock) {
    let (budget, clock) = (budget.clone(), clock.clone());
    Mock::given(method("GET"))
        .and(path(route))
        .respond_with(move |_: &wiremock::Request| {
            let (status, headers) = budget.answer(clock.elapsed());
            let mut response = ResponseTemplate::new(status);
            for (name, value) in headers {
                response = response.insert_header(name, value.as_str());
            }
            response
        })
        .mount(server)
        .await;
}

static GET_OTHER: Operation = Operation::new("test-get-other", "GET", "/v1/others/{id}");
static GET_HOSTNAME: Operation = Operation::new("test-get-hostname", "GET", "/v1/hostnames/{id}");

fn get_other() -> Request {
    Request::new(&GET_OTHER, "/v1/others/1".to_owned())
}

fn get_hostname() -> Request {
    Request::new(&GET_HOSTNAME, "/v1/hostnames/1".to_owned())
}

#[tokio::test]
async fn after_remaining_0_reset_2_the_next_call_waits_2_s_and_sees_no_429() {
    let server = MockServer::start().await;
    let clock = TestClock::advancing();
    // One request per 2 s window: the first answer says remaining 0, reset 2.
    let budget = Budget::new(1, 2 * SECOND);
    mount(&server, "/v1/things/1", &budget, &clock).await;
    let client = builder(&server.uri(), &clock).build().unwrap();

    client.execute(get_thing()).await.unwrap();
    client.execute(get_thing()).await.unwrap();

    assert_eq!(clock.waits(), [2 * SECOND]);
    assert_eq!(budget.answers(), [(Duration::ZERO, 200), (2 * SECOND, 200)]);
}

#[tokio::test]
async fn without_server_pacing_the_next_call_meets_the_429() {
    let server = MockServer::start().await;
    let clock = TestClock::advancing();
    let budget = Budget::new(1, 2 * SECOND);
    mount(&server, "/v1/things/1", &budget, &clock).await;
    let client = builder(&server.uri(), &clock)
        .server_rate_limits(false)
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap();

    client.execute(get_thing()).await.unwrap();
    let error = client.execute(get_thing()).await.unwrap_err();

    assert!(matches!(error, Error::RateLimited(_)), "{error:?}");
    assert_eq!(budget.refused(), 1);
}

#[tokio::test]
async fn a_budget_wait_past_the_deadline_fails_at_once_with_the_wait() {
    let server = MockServer::start().await;
    let clock = TestClock::advancing();
    let budget = Budget::new(1, 30 * SECOND);
    mount(&server, "/v1/things/1", &budget, &clock).await;
    let client = builder(&server.uri(), &clock).build().unwrap();
    client.execute(get_thing()).await.unwrap();

    let error = client
        .execute(get_thing().with_timeout(10 * SECOND))
        .await
        .unwrap_err();

    assert_eq!(throttled(&error), (30 * SECOND, 0));
    assert!(error.is_rate_limited());
    assert!(clock.waits().is_empty(), "{:?}", clock.waits());
    assert_eq!(budget.answers().len(), 1);

    // A deadline the wait fits in: the call waits, then goes.
    client
        .execute(get_thing().with_timeout(40 * SECOND))
        .await
        .unwrap();
    assert_eq!(clock.waits(), [30 * SECOND]);
    assert_eq!(budget.refused(), 0);
}

#[tokio::test]
async fn endpoints_reporting_one_budget_share_it_and_others_keep_theirs() {
    let server = MockServer::start().await;
    let clock = TestClock::advancing();
    // `things` and `others` share 10 per minute; `hostnames` has 2 of its own.
    let shared = Budget::new(10, MINUTE);
    let hostnames = Budget::new(2, MINUTE);
    mount(&server, "/v1/things/1", &shared, &clock).await;
    mount(&server, "/v1/others/1", &shared, &clock).await;
    mount(&server, "/v1/hostnames/1", &hostnames, &clock).await;
    let client = builder(&server.uri(), &clock).build().unwrap();

    // The shared budget is learned first; the hostname budget, spent in the
    // first minute, holds back only its own endpoint, and its first request
    // (counted against the shared budget until its answer said otherwise)
    // is given back: the shared one still has room for 8 more that minute.
    client.execute(get_thing()).await.unwrap();
    client.execute(get_other()).await.unwrap();
    client.execute(get_hostname()).await.unwrap();
    client.execute(get_hostname()).await.unwrap();
    for _ in 0..4 {
        client.execute(get_thing()).await.unwrap();
        client.execute(get_other()).await.unwrap();
    }
    assert!(clock.waits().is_empty(), "{:?}", clock.waits());
    // The eleventh on the shared budget waits for the next minute.
    client.execute(get_other()).await.unwrap();
    assert_eq!(clock.waits(), [MINUTE]);

    assert_eq!(shared.refused() + hostnames.refused(), 0);
    let minute_of = |answers: Vec<(Duration, u16)>| -> Vec<u64> {
        answers
            .iter()
            .map(|(at, _)| at.as_secs() / 60)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        minute_of(shared.answers()),
        [[0; 10].as_slice(), &[1]].concat()
    );
    assert_eq!(minute_of(hostnames.answers()), [0, 0]);
}

#[tokio::test]
async fn a_new_endpoint_counts_against_the_budget_most_endpoints_share() {
    let server = MockServer::start().await;
    let clock = TestClock::advancing();
    let shared = Budget::new(3, MINUTE);
    mount(&server, "/v1/things/1", &shared, &clock).await;
    mount(&server, "/v1/others/1", &shared, &clock).await;
    let client = builder(&server.uri(), &clock).build().unwrap();

    for _ in 0..3 {
        client.execute(get_thing()).await.unwrap();
    }
    // Never called before, `others` is assumed to share the spent budget.
    client.execute(get_other()).await.unwrap();

    assert_eq!(clock.waits(), [MINUTE]);
    assert_eq!(shared.refused(), 0);
}

/// How a loopback server answers a request arriving at a time: status and
/// headers.
type Answer = Arc<dyn Fn(Duration) -> (u16, Vec<(&'static str, String)>) + Send + Sync>;

/// A loopback HTTP/1.1 server on the test's own runtime, so that its
/// window runs on tokio's paused clock, the client's clock too. It reads
/// request heads (the requests have no body) and answers from `budget`.
async fn loopback(budget: Arc<Budget>) -> String {
    loopback_with(Arc::new(move |at| budget.answer(at)), Duration::ZERO).await
}

/// A loopback server answering with `answer`, each answer `delay` after its
/// request arrived.
async fn loopback_with(answer: Answer, delay: Duration) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let start = tokio::time::Instant::now();
    tokio::spawn(async move {
        loop {
            let (mut stream, _) = listener.accept().await.unwrap();
            let answer = answer.clone();
            tokio::spawn(async move {
                let mut pending = Vec::new();
                let mut chunk = [0u8; 4096];
                loop {
                    while let Some(end) = pending.windows(4).position(|w| w == b"\r\n\r\n") {
                        pending.drain(..end + 4);
                        let (status, headers) = answer(start.elapsed());
                        tokio::time::sleep(delay).await;
                        let reason = if status == 200 {
                            "OK"
                        } else {
                            "Too Many Requests"
                        };
                        let mut response =
                            format!("HTTP/1.1 {status} {reason}\r\ncontent-length: 0\r\n");
                        for (name, value) in headers {
                            response.push_str(&format!("{name}: {value}\r\n"));
                        }
                        response.push_str("\r\n");
                        if stream.write_all(response.as_bytes()).await.is_err() {
                            return;
                        }
                    }
                    match stream.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(read) => pending.extend_from_slice(&chunk[..read]),
                    }
                }
            });
        }
    });
    format!("http://{address}")
}

#[tokio::test(start_paused = true)]
async fn calls_from_clones_stay_within_the_servers_budget_per_window() {
    let budget = Budget::new(120, MINUTE);
    let base_url = loopback(budget.clone()).await;
    let client = Client::builder(base_url)
        .access_token(common::TOKEN)
        .allow_insecure_http(true)
        .build()
        .unwrap();
    let start = tokio::time::Instant::now();

    let calls: Vec<_> = (0..130)
        .map(|_| {
            let clone = client.clone();
            tokio::spawn(async move {
                let response = clone
                    .execute(Request::new(&GET_THING, "/v1/things/1".to_owned()))
                    .await;
                (start.elapsed(), response)
            })
        })
        .collect();
    let mut finished = Vec::new();
    for call in calls {
        let (at, response) = call.await.unwrap();
        assert_eq!(response.unwrap().status, 200);
        finished.push(at);
    }

    let answers = budget.answers();
    assert_eq!(answers.len(), 130);
    assert_eq!(budget.refused(), 0, "{answers:?}");
    let first_minute = answers.iter().filter(|(at, _)| *at < MINUTE).count();
    assert_eq!(first_minute, 120);
    // Calls 121 to 130 left after the window reset, within a second of it.
    let later: Vec<Duration> = answers
        .iter()
        .map(|(at, _)| *at)
        .filter(|at| *at >= MINUTE)
        .collect();
    assert_eq!(later.len(), 10);
    assert!(later.iter().all(|at| *at < MINUTE + SECOND), "{later:?}");
    finished.sort();
    assert!(
        finished[119] < MINUTE && finished[120] >= MINUTE,
        "{finished:?}"
    );
}

/// `request` sent by a clone of `client`, as a future that owns it.
fn call(
    client: &Client,
    request: Request,
) -> impl std::future::Future<Output = Result<openapi_client_runtime::RawResponse, Error>> {
    let client = client.clone();
    async move { client.execute(request).await }
}

fn paused_client(base_url: String) -> Client {
    Client::builder(base_url)
        .access_token(common::TOKEN)
        .allow_insecure_http(true)
        .build()
        .unwrap()
}

#[tokio::test(start_paused = true)]
async fn an_endpoint_reporting_no_budget_is_probed_once_then_not_paced() {
    let arrivals = Arc::new(Mutex::new(Vec::new()));
    let record = arrivals.clone();
    let base_url = loopback_with(
        Arc::new(move |at| {
            record.lock().unwrap().push(at);
            (200, Vec::new())
        }),
        SECOND,
    )
    .await;
    let client = paused_client(base_url);

    let calls: Vec<_> = (0..5)
        .map(|_| tokio::spawn(call(&client, get_thing())))
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }

    // The first request finds out; the four others wait for its answer (1 s)
    // and then go together.
    assert_eq!(
        *arrivals.lock().unwrap(),
        [Duration::ZERO, SECOND, SECOND, SECOND, SECOND]
    );
}

#[tokio::test(start_paused = true)]
async fn waiting_for_a_first_answer_is_bounded_by_the_deadline() {
    let base_url = loopback_with(Arc::new(|_| (200, Vec::new())), 10 * SECOND).await;
    let client = paused_client(base_url);

    let first = tokio::spawn(call(&client, get_thing()));
    tokio::task::yield_now().await;
    let error = client
        .execute(get_thing().with_timeout(2 * SECOND))
        .await
        .unwrap_err();

    assert!(
        matches!(error, Error::Deadline { deadline, attempts: 0, .. } if deadline == 2 * SECOND),
        "{error:?}"
    );
    first.await.unwrap().unwrap();
}
