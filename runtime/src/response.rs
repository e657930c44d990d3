//! A response as received, and the one generic step: decoding its body.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use super::de::{decode_corrected, warn_corrected};
use super::error::{ApiError, DecodeError, Error, Result};
use super::json_path::path_at;
use super::request::Operation;
use super::retry::retry_after;

/// An HTTP response as received: status, headers and the whole body.
///
/// `Debug` shows the body's size, not its content (it may hold secrets such as
/// API keys).
#[derive(Clone)]
pub struct RawResponse {
    /// The operation that produced this response.
    pub operation: &'static Operation,
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The response body.
    pub body: Bytes,
    /// Whether [`json`](Self::json) fails when the body lacks a required
    /// field, rather than correcting it: the client's
    /// [`strict_decoding`](super::ClientBuilder::strict_decoding).
    pub strict_decoding: bool,
}

impl fmt::Debug for RawResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawResponse")
            .field("operation", &self.operation.id)
            .field("status", &self.status)
            .field("headers", &self.headers)
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .finish()
    }
}

impl RawResponse {
    /// Decodes the body as JSON into `T`. On failure the error names the JSON
    /// path where decoding stopped, e.g. `projects[3].status`.
    ///
    /// A required field the body lacks is set to its zero value (`""`, `0`,
    /// `false`, an empty list or map, an open enum's `Unknown("")`, a struct
    /// of zero values), with a `tracing` warning naming the operation and the
    /// field's JSON path, unless [`strict_decoding`](Self::strict_decoding)
    /// (the missing field is then an [`Error::Decode`]). A value of the wrong
    /// type is an [`Error::Decode`] either way.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T> {
        // Plain serde_json: the generic part stays as small and fast as a
        // hand-written call's; the path is found only on failure.
        let (value, corrected) =
            decode_corrected(&self.body, !self.strict_decoding).map_err(|e| self.json_error(&e))?;
        warn_corrected(self.operation, &corrected);
        Ok(value)
    }

    /// A decode error for `error`, with the JSON path where it happened.
    fn json_error(&self, error: &serde_json::Error) -> Error {
        let path = path_at(&self.body, error.line(), error.column());
        self.decode_error(path, error.to_string())
    }

    /// Decodes the body as UTF-8 text.
    pub fn text(&self) -> Result<String> {
        String::from_utf8(self.body.to_vec())
            .map_err(|e| self.decode_error(String::new(), format!("body is not UTF-8: {e}")))
    }

    /// Discards the body.
    pub fn unit(&self) -> Result<()> {
        Ok(())
    }

    /// This response if its status is 2xx, else the error
    /// [`Client::execute`](super::Client::execute) would have returned
    /// ([`Error::Api`], or [`Error::RateLimited`] for 429). Handy after a
    /// generated call's `send_raw()`.
    pub fn error_for_status(self) -> Result<Self> {
        if self.status.is_success() {
            return Ok(self);
        }
        let retry_after = retry_after(&self.headers, std::time::SystemTime::now());
        Err(ApiError::new(&self, retry_after, 0).into_error())
    }

    /// The header `name` parsed as `T`, for operations whose result is a
    /// header (e.g. `X-Total-Count`). Missing or unparsable: [`Error::Decode`]
    /// with the path `header <name>`.
    pub fn header<T>(&self, name: &str) -> Result<T>
    where
        T: FromStr,
        T::Err: fmt::Display,
    {
        let path = format!("header {name}");
        let value = self
            .headers
            .get(name)
            .ok_or_else(|| self.decode_error(path.clone(), String::from("missing")))?;
        let text = value
            .to_str()
            .map_err(|_| self.decode_error(path.clone(), String::from("not visible ASCII")))?;
        text.trim()
            .parse()
            .map_err(|e| self.decode_error(path, format!("invalid value {text:?}: {e}")))
    }

    /// The request id the server assigned, for support requests and logs
    /// (`x-request-id`, else Cloudflare's `cf-ray`).
    pub fn request_id(&self) -> Option<&str> {
        request_id(&self.headers)
    }

    fn decode_error(&self, path: String, message: String) -> Error {
        Error::Decode(Box::new(DecodeError {
            operation: self.operation,
            status: self.status,
            path,
            message,
            excerpt: excerpt(&self.body),
        }))
    }

    /// The rate limit the server reported with this response, if it did.
    pub fn rate_limit(&self) -> Option<ServerRateLimit> {
        ServerRateLimit::from_headers(&self.headers)
    }
}

/// A decoded result with the response it came from: status, headers, request
/// id and the server's rate-limit headers. What a generated call's
/// `send_with_metadata()` returns.
///
/// ```no_run
/// # async fn run(response: openapi_client_runtime::Response<Vec<String>>) {
/// println!("{} {:?}", response.status(), response.request_id());
/// if let Some(limit) = response.rate_limit() {
///     println!("{} of {} left for {:?}", limit.remaining, limit.limit, limit.reset);
/// }
/// let value: Vec<String> = response.into_inner();
/// # let _ = value;
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct Response<T> {
    value: T,
    status: StatusCode,
    headers: HeaderMap,
}

impl<T> Response<T> {
    /// `value`, decoded from a response with `status` and `headers`.
    pub fn new(value: T, status: StatusCode, headers: HeaderMap) -> Self {
        Self {
            value,
            status,
            headers,
        }
    }

    /// The decoded value.
    pub fn value(&self) -> &T {
        &self.value
    }

    /// The decoded value, without the metadata.
    pub fn into_inner(self) -> T {
        self.value
    }

    /// The value, status and headers.
    pub fn into_parts(self) -> (T, StatusCode, HeaderMap) {
        (self.value, self.status, self.headers)
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The request id the server assigned, for support requests and logs
    /// (`x-request-id`, else Cloudflare's `cf-ray`).
    pub fn request_id(&self) -> Option<&str> {
        request_id(&self.headers)
    }

    /// The rate limit the server reported with this response
    /// (`x-ratelimit-limit`, `x-ratelimit-remaining`, `x-ratelimit-reset`),
    /// if it did.
    pub fn rate_limit(&self) -> Option<ServerRateLimit> {
        ServerRateLimit::from_headers(&self.headers)
    }
}

/// The rate limit a server reports with a response: the
/// `x-ratelimit-limit`, `x-ratelimit-remaining` and `x-ratelimit-reset`
/// headers. (The client-side limit the client enforces itself is
/// [`RateLimit`](super::RateLimit).)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ServerRateLimit {
    /// How many requests the current window allows (`x-ratelimit-limit`).
    pub limit: u64,
    /// How many are left in it (`x-ratelimit-remaining`).
    pub remaining: u64,
    /// The time until the window resets (`x-ratelimit-reset`, in seconds
    /// from the response; whole or decimal).
    pub reset: Duration,
}

impl ServerRateLimit {
    /// The three headers read from `headers`; `None` unless all three are
    /// present and valid (non-negative numbers).
    pub fn from_headers(headers: &HeaderMap) -> Option<Self> {
        let text = |name: &str| headers.get(name)?.to_str().ok().map(str::trim);
        let limit = text("x-ratelimit-limit")?.parse().ok()?;
        let remaining = text("x-ratelimit-remaining")?.parse().ok()?;
        let reset = text("x-ratelimit-reset")?;
        let reset = match reset.parse::<u64>() {
            Ok(seconds) => Duration::from_secs(seconds),
            Err(_) => Duration::try_from_secs_f64(reset.parse::<f64>().ok()?).ok()?,
        };
        Some(Self {
            limit,
            remaining,
            reset,
        })
    }
}

pub(crate) fn request_id(headers: &HeaderMap) -> Option<&str> {
    ["x-request-id", "cf-ray"]
        .iter()
        .find_map(|name| headers.get(*name)?.to_str().ok())
}

/// How many bytes of a body an error keeps.
const EXCERPT_LIMIT: usize = 512;

/// The first [`EXCERPT_LIMIT`] bytes of `body` as lossy UTF-8.
pub(crate) fn excerpt(body: &[u8]) -> String {
    let cut = &body[..body.len().min(EXCERPT_LIMIT)];
    let mut s = String::from_utf8_lossy(cut).into_owned();
    if body.len() > EXCERPT_LIMIT {
        s.push_str("...");
    }
    s
}

/// Why reading a body stopped.
pub(crate) enum ReadError {
    TooLarge,
    Http(reqwest::Error),
}

/// Reads the whole body, chunk by chunk, failing as soon as it would exceed
/// `limit` bytes (before buffering more, when `Content-Length` says so).
pub(crate) async fn read_body(
    mut response: reqwest::Response,
    limit: usize,
) -> std::result::Result<Bytes, ReadError> {
    let announced = response.content_length().unwrap_or(0);
    if announced > limit as u64 {
        return Err(ReadError::TooLarge);
    }
    // A body that arrives in one chunk is kept as it is, without a copy.
    let mut first: Option<Bytes> = None;
    let mut joined: Option<BytesMut> = None;
    let mut length = 0usize;
    while let Some(chunk) = response.chunk().await.map_err(ReadError::Http)? {
        length = length.saturating_add(chunk.len());
        if length > limit {
            return Err(ReadError::TooLarge);
        }
        match (&mut joined, first.take()) {
            (Some(body), _) => body.extend_from_slice(&chunk),
            (None, None) => first = Some(chunk),
            (None, Some(earlier)) => {
                // `announced <= limit`, so it fits a usize.
                let capacity = usize::try_from(announced).unwrap_or(0).max(length);
                let mut body = BytesMut::with_capacity(capacity);
                body.extend_from_slice(&earlier);
                body.extend_from_slice(&chunk);
                joined = Some(body);
            }
        }
    }
    Ok(match (joined, first) {
        (Some(body), _) => body.freeze(),
        (None, first) => first.unwrap_or_default(),
    })
}
