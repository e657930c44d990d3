use reqwest::StatusCode;

use super::request::{Operation, RawResponse};

/// The result type of every call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// How many bytes of a response body an error keeps.
const EXCERPT_LIMIT: usize = 512;

/// Everything a call can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with a status outside 2xx.
    #[error("{method} {path} ({operation}) returned {status}: {excerpt}")]
    Api {
        /// The `operationId`.
        operation: &'static str,
        /// The HTTP method.
        method: &'static str,
        /// The path template.
        path: &'static str,
        /// The status the server answered with.
        status: StatusCode,
        /// The body parsed as JSON, when it is JSON.
        body: Option<serde_json::Value>,
        /// The start of the body as text.
        excerpt: String,
    },
    /// The response could not be decoded into the expected type.
    #[error("could not decode the {status} response of {operation}: {message}; body starts: {excerpt}")]
    Decode {
        /// The `operationId`.
        operation: &'static str,
        /// The status the server answered with.
        status: StatusCode,
        /// What went wrong, with the JSON path where it happened.
        message: String,
        /// The start of the body as text.
        excerpt: String,
    },
    /// A request value could not be serialized.
    #[error("could not encode the request: {0}")]
    Encode(String),
    /// The request could not be sent or the response not received.
    #[error("transport error: {0}")]
    Transport(#[source] reqwest::Error),
    /// The client is configured in a way that cannot work.
    #[error("invalid configuration: {0}")]
    Config(String),
}

impl Error {
    pub(crate) fn api(response: &RawResponse) -> Self {
        let op: &Operation = response.operation;
        Error::Api {
            operation: op.id,
            method: op.method,
            path: op.path,
            status: response.status,
            body: serde_json::from_slice(&response.body).ok(),
            excerpt: excerpt(&response.body),
        }
    }

    pub(crate) fn decode(response: &RawResponse, message: String) -> Self {
        Error::Decode {
            operation: response.operation.id,
            status: response.status,
            message,
            excerpt: excerpt(&response.body),
        }
    }

    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api { status, .. } | Error::Decode { status, .. } => Some(*status),
            Error::Transport(e) => e.status(),
            _ => None,
        }
    }
}

/// The first [`EXCERPT_LIMIT`] bytes of `body` as lossy UTF-8.
pub(crate) fn excerpt(body: &[u8]) -> String {
    let cut = &body[..body.len().min(EXCERPT_LIMIT)];
    let mut s = String::from_utf8_lossy(cut).into_owned();
    if body.len() > EXCERPT_LIMIT {
        s.push_str("...");
    }
    s
}
