//! Helpers shared by the runtime tests (and the client crate's OAuth tests): a virtual clock that records waits,
//! ad-hoc operations, and a client builder pointed at a mock server.
#![allow(dead_code)]

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use openapi_client_runtime::{Client, ClientBuilder, Clock, Operation, Request, RetryPolicy};

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
