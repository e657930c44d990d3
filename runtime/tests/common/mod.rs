//! Helpers shared by the runtime tests (and the client crate's OAuth tests): a virtual clock that records waits,
//! ad-hoc operations, mock servers, and a client builder pointed at one.
#![allow(dead_code)]

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use openapi_client_runtime::{
    Client, ClientBuilder, Clock, Error, Operation, RawResponse, Request, RetryPolicy,
};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The base URL of test clients not pointed at a mock server.
pub const BASE: &str = "https://api.example.test";

/// The token every test client sends; tests check it never leaks.
pub const TOKEN: &str = "sbp_0123456789abcdef_SECRET_TOKEN";

pub static GET_THING: Operation = Operation::new("test-get-thing", "GET", "/v1/things/{id}");
pub static CREATE_THING: Operation = Operation::new("test-create-thing", "POST", "/v1/things");

pub fn get_thing() -> Request {
    Request::new(&GET_THING, "/v1/things/1".to_owned())
}

pub fn create_thing() -> Request {
    Request::new(&CREATE_THING, "/v1/things".to_owned())
}

/// A virtual clock: `sleep` returns at once and records the wait; when
/// `advancing`, it also moves the virtual time forward by the wait.
#[derive(Clone)]
pub struct TestClock {
    state: Arc<State>,
}

struct State {
    start: Instant,
    system_start: SystemTime,
    advancing: bool,
    offset: Mutex<Duration>,
    waits: Mutex<Vec<Duration>>,
}

impl TestClock {
    /// Time moves forward by each wait.
    pub fn advancing() -> Self {
        Self::new(true)
    }

    /// Time stands still: every caller sees the same instant.
    pub fn frozen() -> Self {
        Self::new(false)
    }

    fn new(advancing: bool) -> Self {
        Self {
            state: Arc::new(State {
                start: Instant::now(),
                // 2023-11-14T22:13:20Z, a whole second.
                system_start: SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000),
                advancing,
                offset: Mutex::new(Duration::ZERO),
                waits: Mutex::new(Vec::new()),
            }),
        }
    }

    /// The waits so far, in order.
    pub fn waits(&self) -> Vec<Duration> {
        self.state.waits.lock().unwrap().clone()
    }

    /// The virtual time elapsed since the clock was made.
    pub fn elapsed(&self) -> Duration {
        *self.state.offset.lock().unwrap()
    }

    /// Moves the virtual time forward without recording a wait.
    pub fn advance(&self, by: Duration) {
        *self.state.offset.lock().unwrap() += by;
    }

    /// The virtual wall-clock start, for `Retry-After` dates.
    pub fn system_start(&self) -> SystemTime {
        self.state.system_start
    }
}

impl Clock for TestClock {
    fn now(&self) -> Instant {
        self.state.start + self.elapsed()
    }

    fn sleep(&self, duration: Duration) -> impl Future<Output = ()> + Send {
        self.state.waits.lock().unwrap().push(duration);
        if self.state.advancing {
            self.advance(duration);
        }
        std::future::ready(())
    }

    fn system_time(&self) -> SystemTime {
        self.state.system_start + self.elapsed()
    }
}

/// A client for `server_uri` with the test token, plain HTTP allowed, the
/// given clock, and deterministic backoff (no jitter).
pub fn builder(server_uri: &str, clock: &TestClock) -> ClientBuilder {
    Client::builder(BASE)
        .access_token(TOKEN)
        .base_url(server_uri)
        .allow_insecure_http(true)
        .clock(clock.clone())
        .retry(RetryPolicy::default().no_jitter())
}

pub fn client(server_uri: &str, clock: &TestClock) -> Client {
    builder(server_uri, clock).build().unwrap()
}

/// A base URL where nothing listens.
pub fn closed_port_uri() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{address}")
}

/// Answers every `http_method` request to `server` with `response`.
pub async fn mount(server: &MockServer, http_method: &str, response: ResponseTemplate) {
    Mock::given(method(http_method))
        .respond_with(response)
        .mount(server)
        .await;
}

/// Answers the next `times` `http_method` requests to `server` with
/// `response`, ahead of any answer set by [`mount`], whenever mounted.
pub async fn mount_times(
    server: &MockServer,
    http_method: &str,
    times: u64,
    response: ResponseTemplate,
) {
    Mock::given(method(http_method))
        .respond_with(response)
        .up_to_n_times(times)
        .with_priority(1)
        .mount(server)
        .await;
}

/// A mock server answering every GET with `response`.
pub async fn serve(response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    mount(&server, "GET", response).await;
    server
}

/// A mock server answering the first `http_method` request with `first`,
/// and every later one with `then`.
pub async fn serve_once_then(
    http_method: &str,
    first: ResponseTemplate,
    then: ResponseTemplate,
) -> MockServer {
    let server = MockServer::start().await;
    mount_times(&server, http_method, 1, first).await;
    mount(&server, http_method, then).await;
    server
}

/// How many requests `server` has received.
pub async fn requests(server: &MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}

/// One GET answered with `response`, by a [`client`] on an advancing clock.
pub async fn get_answered_with(response: ResponseTemplate) -> Result<RawResponse, Error> {
    let server = serve(response).await;
    client(&server.uri(), &TestClock::advancing())
        .execute(get_thing())
        .await
}

/// The wait and the attempt count of a call refused as [`Error::Throttled`];
/// panics on any other error.
pub fn throttled(error: &Error) -> (Duration, u32) {
    let Error::Throttled { wait, attempts, .. } = error else {
        panic!("expected a throttled call, got {error:?}");
    };
    (*wait, *attempts)
}

/// Asserts that `text` contains every one of `parts`, showing `text` when
/// one is missing.
pub fn assert_contains_all(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(text.contains(part), "no {part:?} in {text}");
    }
}
