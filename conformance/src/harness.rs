//! Runs the sample calls in one mode and classifies each outcome.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::api::{Client, Error, RetryPolicy};
use anyhow::{Context, Result};

use crate::prism::{Prism, PrismConfig};
use crate::proxy::{Proxy, Recorded};
use crate::samples::{self, CallError, SampleCall};

/// The token every call is made with; the proxy checks it arrived.
pub const TOKEN: &str = "sbp_conformance0000000000000000000000000000";

/// How long one call may take.
const CALL_TIMEOUT: Duration = Duration::from_secs(60);

/// How Prism makes its responses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// From the spec's examples (or, lacking them, from the schemas).
    Static,
    /// Generated from the schemas with this seed (`--dynamic --seed`).
    Dynamic(u64),
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Mode::Static => f.write_str("static"),
            Mode::Dynamic(seed) => write!(f, "seed {seed}"),
        }
    }
}

/// Why a call failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FailKind {
    /// Prism rejected the request (422 with validation messages).
    Rejected,
    /// The client could not decode the success response.
    Decode,
    /// Prism's own response broke the spec, so `--errors` turned it into a
    /// 500 with Prism's validation messages.
    MockResponse,
    /// Another non-2xx answer.
    Status,
    /// A sample value did not decode into its generated type.
    Sample,
    /// The request did not carry the bearer token (or carried one it should not).
    Auth,
    /// The request never got an answer.
    Transport,
}

impl fmt::Display for FailKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FailKind::Rejected => "request rejected by Prism",
            FailKind::Decode => "response not decoded",
            FailKind::MockResponse => "Prism's response violates the spec",
            FailKind::Status => "unexpected status",
            FailKind::Sample => "sample does not fit its type",
            FailKind::Auth => "bearer token",
            FailKind::Transport => "no answer",
        })
    }
}

/// The outcome of one call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Prism accepted the request and the response decoded.
    Pass,
    /// Something went wrong; several problems may be found at once.
    Fail(Vec<(FailKind, String)>),
}

impl Outcome {
    /// Whether the call passed.
    pub fn passed(&self) -> bool {
        matches!(self, Outcome::Pass)
    }
}

/// The outcomes of one mode, in the order of the calls run.
#[derive(Debug, Clone)]
pub struct ModeResult {
    /// The mode.
    pub mode: Mode,
    /// `(operation id, outcome)`.
    pub outcomes: Vec<(&'static str, Outcome)>,
    /// Prism's output.
    pub log: PathBuf,
    /// How long the calls took (Prism's start not included).
    pub elapsed: Duration,
}

/// Starts Prism in `mode`, makes every call in `calls` through the
/// recording proxy, one at a time, and stops Prism.
pub fn run_mode(
    runtime: &tokio::runtime::Runtime,
    config: &PrismConfig,
    mode: Mode,
    calls: &[&'static SampleCall],
) -> Result<ModeResult> {
    let prism = Prism::start(config)?;
    let start = Instant::now();
    let result = runtime.block_on(run_calls(prism.addr, calls));
    let elapsed = start.elapsed();
    // Prism is stopped here, and on every early return above (its guard).
    let log = prism.log.clone();
    drop(prism);
    let outcomes = result?;
    Ok(ModeResult {
        mode,
        outcomes,
        log,
        elapsed,
    })
}

/// Makes every call in `calls`, one at a time, through a recording proxy
/// in front of the server at `upstream` (Prism, or a test's mock).
pub async fn run_calls(
    upstream: SocketAddr,
    calls: &[&'static SampleCall],
) -> Result<Vec<(&'static str, Outcome)>> {
    let proxy = Proxy::start(upstream)
        .await
        .context("cannot start the recording proxy")?;
    let client = client(&format!("http://{}", proxy.addr))?;
    let mut outcomes = Vec::with_capacity(calls.len());
    for call in calls {
        let outcome = run_call(&client, &proxy, call).await;
        outcomes.push((call.id, outcome));
    }
    Ok(outcomes)
}

/// A client of `base_url` that does not retry (one request per call) and
/// keeps no idle connection (one connection per request, for the proxy).
fn client(base_url: &str) -> Result<Client> {
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .context("cannot build the HTTP client")?;
    crate::client_builder()
        .base_url(base_url)
        .allow_insecure_http(true)
        .http_client(http)
        .retry(RetryPolicy::disabled())
        .timeout(Some(CALL_TIMEOUT))
        .build()
        .context("cannot build the client")
}

async fn run_call(client: &Client, proxy: &Proxy, call: &SampleCall) -> Outcome {
    proxy.take();
    // Ask Prism for the success response the client decodes.
    let mut headers = Vec::new();
    if let Some(status) = call.status {
        headers.push(("Prefer", format!("code={status}")));
    }
    let mut problems = Vec::new();
    match samples::call(client, call.id, &headers).await {
        None => problems.push((FailKind::Sample, "no sample call for this id".to_owned())),
        Some(Ok(())) => {}
        Some(Err(error)) => problems.push(classify(&error)),
    }
    let recorded = proxy.take();
    if let Some(problem) = check_requests(call, &recorded) {
        problems.push((FailKind::Auth, problem));
    }
    if problems.is_empty() {
        Outcome::Pass
    } else {
        Outcome::Fail(problems)
    }
}

/// The kind of failure and the details worth printing.
pub fn classify(error: &CallError) -> (FailKind, String) {
    let error = match error {
        CallError::Sample { .. } => return (FailKind::Sample, error.to_string()),
        CallError::Client(e) => e,
    };
    match error {
        Error::Api(api) => {
            let body = api.body.as_ref();
            let problem = body
                .and_then(|b| b.get("type"))
                .and_then(|t| t.as_str())
                .and_then(|t| t.rsplit_once('#'))
                .map(|(_, kind)| kind);
            let messages: Vec<String> = body
                .and_then(|b| b.get("validation"))
                .and_then(|v| v.as_array())
                .map(|list| list.iter().map(validation_message).collect())
                .unwrap_or_default();
            let kind = match (api.status.as_u16(), problem) {
                (_, _) if messages.is_empty() => FailKind::Status,
                (422, _) => FailKind::Rejected,
                (500, Some("VIOLATIONS")) => FailKind::MockResponse,
                _ => FailKind::Status,
            };
            if kind == FailKind::Status {
                (
                    FailKind::Status,
                    format!("{}: {}", api.status, excerpt(&api.excerpt)),
                )
            } else {
                (kind, messages.join("\n"))
            }
        }
        Error::Decode(decode) => (
            FailKind::Decode,
            format!(
                "at `{}`: {}\n  body: {}",
                decode.path,
                decode.message,
                excerpt(&decode.excerpt)
            ),
        ),
        other => (FailKind::Transport, other.to_string()),
    }
}

/// One of Prism's validation errors: `location: message [code]`.
fn validation_message(v: &serde_json::Value) -> String {
    let location: Vec<String> = v
        .get("location")
        .and_then(|l| l.as_array())
        .map(|l| {
            l.iter()
                .map(|p| p.as_str().map_or_else(|| p.to_string(), str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let message = v.get("message").and_then(|m| m.as_str()).unwrap_or("?");
    let code = v.get("code").and_then(|c| c.as_str()).unwrap_or("?");
    format!("{}: {message} [{code}]", location.join("."))
}

fn excerpt(text: &str) -> String {
    const MAX: usize = 300;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        format!("{}...", text.chars().take(MAX).collect::<String>())
    }
}

/// Checks that the call made exactly one request, with the method the
/// operation names and the bearer token exactly when it authenticates.
fn check_requests(call: &SampleCall, recorded: &[Recorded]) -> Option<String> {
    let [request] = recorded else {
        return Some(format!(
            "expected 1 request through the proxy, saw {}",
            recorded.len()
        ));
    };
    if !request.method.eq_ignore_ascii_case(call.method) {
        return Some(format!(
            "sent {} for a {} operation",
            request.method, call.method
        ));
    }
    if !crate::PROXY_CHECKS_BEARER {
        return None;
    }
    let expected = format!("Bearer {TOKEN}");
    match (call.authenticated, request.header("authorization")) {
        (true, Some(value)) if value == expected => None,
        (true, Some(_)) => {
            Some("the Authorization header is not the client's bearer token".to_owned())
        }
        (true, None) => Some("the request carried no Authorization header".to_owned()),
        (false, Some(_)) => Some("a token was sent to an operation that takes none".to_owned()),
        (false, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CALL: SampleCall = SampleCall {
        id: "op",
        method: "GET",
        path: "/x",
        status: Some(200),
        authenticated: true,
        notes: &[],
    };

    fn request(method: &str, authorization: Option<&str>) -> Recorded {
        Recorded {
            method: method.to_owned(),
            target: "/x".to_owned(),
            headers: authorization
                .map(|a| vec![("authorization".to_owned(), a.to_owned())])
                .unwrap_or_default(),
        }
    }

    #[test]
    fn the_token_and_method_are_checked() {
        let bearer = format!("Bearer {TOKEN}");
        assert_eq!(
            check_requests(&CALL, &[request("GET", Some(&bearer))]),
            None
        );
        let missing = check_requests(&CALL, &[request("GET", None)]).unwrap();
        assert!(missing.contains("no Authorization"), "{missing}");
        let wrong = check_requests(&CALL, &[request("GET", Some("Bearer other"))]).unwrap();
        assert!(wrong.contains("not the client's bearer token"), "{wrong}");
        let method = check_requests(&CALL, &[request("POST", Some(&bearer))]).unwrap();
        assert!(method.contains("sent POST"), "{method}");
        let twice = [request("GET", Some(&bearer)), request("GET", Some(&bearer))];
        let retried = check_requests(&CALL, &twice).unwrap();
        assert!(retried.contains("saw 2"), "{retried}");
        let anonymous = SampleCall {
            authenticated: false,
            ..CALL
        };
        assert!(check_requests(&anonymous, &[request("GET", Some(&bearer))]).is_some());
        assert_eq!(check_requests(&anonymous, &[request("GET", None)]), None);
    }
}
