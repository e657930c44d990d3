//! The one error type of the crate.
//!
//! No variant carries a credential: tokens live only in
//! [`SecretString`](super::SecretString)s and request headers.

use std::fmt;
use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use super::auth::BoxError;
use super::request::Operation;
use super::response::{excerpt, request_id, RawResponse};

/// The result type of every call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything a call can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with a status outside 2xx (other than a 429 that
    /// outlasted the retries, which is [`Error::RateLimited`]).
    #[error("{0}")]
    Api(Box<ApiError>),
    /// The server kept answering 429 Too Many Requests: retries ran out, or
    /// it asked for a wait longer than [`RetryPolicy::max_wait`](super::RetryPolicy::max_wait).
    #[error("rate limited: {0}")]
    RateLimited(Box<ApiError>),
    /// An attempt did not complete within its timeout (the per-attempt
    /// timeout, [`ClientBuilder::attempt_timeout`](super::ClientBuilder::attempt_timeout)),
    /// and no retry was allowed.
    #[error("{operation} timed out ({} per attempt) after {attempts} attempt(s)", DisplayTimeout(*.timeout))]
    Timeout {
        /// The operation.
        operation: &'static Operation,
        /// The timeout of each attempt.
        timeout: Option<Duration>,
        /// How many attempts were made.
        attempts: u32,
    },
    /// The call's deadline ([`ClientBuilder::timeout`](super::ClientBuilder::timeout),
    /// or `.timeout(..)` on the call) passed before it completed.
    #[error(
        "{operation} did not complete within its deadline of {deadline:?} ({attempts} attempt(s))"
    )]
    Deadline {
        /// The operation.
        operation: &'static Operation,
        /// The deadline of the whole call.
        deadline: Duration,
        /// How many attempts were made.
        attempts: u32,
    },
    /// A rate limit held the call back longer than its deadline allows: the
    /// next request may go out only after `wait` (the server's advertised
    /// budget is spent, a 429 blocks the client, or the client-side
    /// [`RateLimit`](super::RateLimit) is reached). The call fails at once
    /// rather than wait.
    #[error("rate limited: {operation} may be sent only in {} s, after its deadline", .wait.as_secs_f64())]
    Throttled {
        /// The operation.
        operation: &'static Operation,
        /// How long the call would have had to wait.
        wait: Duration,
        /// How many attempts were made.
        attempts: u32,
    },
    /// The request could not be sent or the response not received.
    #[error("{operation} failed after {attempts} attempt(s): {source}")]
    Transport {
        /// The operation.
        operation: &'static Operation,
        /// How many attempts were made.
        attempts: u32,
        /// The underlying HTTP client error.
        source: reqwest::Error,
    },
    /// The response body was larger than the client accepts.
    #[error("{operation}: the response body exceeds the limit of {limit} bytes")]
    BodyTooLarge {
        /// The operation.
        operation: &'static Operation,
        /// The limit, see [`ClientBuilder::max_response_body`](super::ClientBuilder::max_response_body).
        limit: usize,
    },
    /// The response could not be decoded into the expected type.
    #[error("{0}")]
    Decode(Box<DecodeError>),
    /// The token provider failed to supply a token.
    #[error("{operation}: could not get an access token: {source}")]
    Auth {
        /// The operation.
        operation: &'static Operation,
        /// What the [`TokenProvider`](super::TokenProvider) returned.
        source: BoxError,
    },
    /// A request value could not be serialized.
    #[error("could not encode the request: {0}")]
    Encode(String),
    /// The request cannot be sent as described (bad method, header or URL).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// The client is configured in a way that cannot work.
    #[error("invalid configuration: {0}")]
    Config(String),
}

/// A non-2xx answer from the API.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ApiError {
    /// The operation.
    pub operation: &'static Operation,
    /// The status the server answered with.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The wait the server asked for (`Retry-After`), if any.
    pub retry_after: Option<Duration>,
    /// The body parsed as JSON, when it is JSON.
    pub body: Option<serde_json::Value>,
    /// The start of the body as text (bounded).
    pub excerpt: String,
    /// How many attempts were made (0 when not known, for an error made by
    /// [`RawResponse::error_for_status`]).
    pub attempts: u32,
}

impl ApiError {
    /// [`Error::RateLimited`] for a 429, else [`Error::Api`].
    pub(crate) fn into_error(self) -> Error {
        if self.status == StatusCode::TOO_MANY_REQUESTS {
            Error::RateLimited(Box::new(self))
        } else {
            Error::Api(Box::new(self))
        }
    }

    pub(crate) fn new(
        response: &RawResponse,
        retry_after: Option<Duration>,
        attempts: u32,
    ) -> Self {
        Self {
            operation: response.operation,
            status: response.status,
            headers: response.headers.clone(),
            retry_after,
            body: serde_json::from_slice(&response.body).ok(),
            excerpt: excerpt(&response.body),
            attempts,
        }
    }

    /// The request id the server assigned (`x-request-id`, else `cf-ray`).
    pub fn request_id(&self) -> Option<&str> {
        request_id(&self.headers)
    }

    /// The error message of a JSON body (`message`, `error_description` or
    /// `error`).
    pub fn message(&self) -> Option<&str> {
        let body = self.body.as_ref()?;
        ["message", "error_description", "error"]
            .iter()
            .find_map(|key| body.get(*key)?.as_str())
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} returned {}", self.operation, self.status)?;
        match self.message() {
            Some(message) => write!(f, ": {message}")?,
            None if !self.excerpt.is_empty() => write!(f, ": {}", self.excerpt)?,
            None => {}
        }
        if let Some(wait) = self.retry_after {
            write!(f, " (retry after {} s)", wait.as_secs_f64())?;
        }
        if let Some(id) = self.request_id() {
            write!(f, " [request id {id}]")?;
        }
        Ok(())
    }
}

/// A response body that did not decode into the expected type.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DecodeError {
    /// The operation.
    pub operation: &'static Operation,
    /// The status the server answered with.
    pub status: StatusCode,
    /// Where decoding failed: a JSON path such as `projects[3].status`, or
    /// `header <name>` for a value read from a header.
    pub path: String,
    /// What went wrong there.
    pub message: String,
    /// The start of the body as text (bounded). Not part of `Display`, as a
    /// successful response may hold secrets.
    pub excerpt: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "could not decode the {} response of {} at `{}`: {}",
            self.status, self.operation, self.path, self.message
        )
    }
}

impl Error {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) | Error::RateLimited(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            Error::Transport { source, .. } => source.status(),
            _ => None,
        }
    }

    /// The operation that failed, when the error belongs to one.
    pub fn operation(&self) -> Option<&'static Operation> {
        match self {
            Error::Api(e) | Error::RateLimited(e) => Some(e.operation),
            Error::Decode(e) => Some(e.operation),
            Error::Timeout { operation, .. }
            | Error::Deadline { operation, .. }
            | Error::Throttled { operation, .. }
            | Error::Transport { operation, .. }
            | Error::BodyTooLarge { operation, .. }
            | Error::Auth { operation, .. } => Some(operation),
            _ => None,
        }
    }

    /// The API's answer, for [`Error::Api`] and [`Error::RateLimited`].
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) | Error::RateLimited(e) => Some(e),
            _ => None,
        }
    }

    /// The wait the server asked for (`Retry-After`), or the wait a rate
    /// limit imposed ([`Error::Throttled`]), if any.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::Throttled { wait, .. } => Some(*wait),
            _ => self.api_error().and_then(|e| e.retry_after),
        }
    }

    /// Whether the same call may succeed later: rate limiting, a 5xx, a
    /// timeout or a connection failure. (Whether it is safe to *repeat* also
    /// depends on the request, see [`Request::is_replayable`](super::Request::is_replayable).)
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::RateLimited(_)
            | Error::Throttled { .. }
            | Error::Timeout { .. }
            | Error::Deadline { .. } => true,
            Error::Api(e) => {
                e.status == StatusCode::TOO_MANY_REQUESTS || e.status.is_server_error()
            }
            Error::Transport { source, .. } => is_transient(source),
            _ => false,
        }
    }

    /// Whether this is [`Error::Timeout`] (an attempt) or
    /// [`Error::Deadline`] (the whole call).
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout { .. } | Error::Deadline { .. })
    }

    /// Whether this is [`Error::RateLimited`] (the server answered 429) or
    /// [`Error::Throttled`] (a rate limit would have held the call past its
    /// deadline).
    pub fn is_rate_limited(&self) -> bool {
        matches!(self, Error::RateLimited(_) | Error::Throttled { .. })
    }
}

struct DisplayTimeout(Option<Duration>);

impl fmt::Display for DisplayTimeout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(timeout) => write!(f, "{timeout:?}"),
            None => f.write_str("no limit"),
        }
    }
}

/// A transport failure worth another attempt: no connection, or the
/// connection broke.
pub(crate) fn is_transient(error: &reqwest::Error) -> bool {
    error.is_connect() || error.is_timeout() || error.is_request() || error.is_body()
}
