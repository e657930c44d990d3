use std::time::Duration;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;

use super::error::{Error, Result};

/// Static description of one API operation, emitted by the generator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// The `operationId` from the spec, exactly as written there.
    pub id: &'static str,
    /// The HTTP method.
    pub method: &'static str,
    /// The path template from the spec, e.g. `/v1/projects/{ref}`.
    pub path: &'static str,
}

impl Operation {
    /// The HTTP method as a [`reqwest::Method`].
    pub fn http_method(&self) -> Method {
        Method::from_bytes(self.method.as_bytes()).unwrap_or(Method::GET)
    }

    /// Whether repeating this request has the same effect as sending it once
    /// (GET, HEAD, PUT, DELETE, OPTIONS).
    pub fn is_idempotent(&self) -> bool {
        matches!(self.method, "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS")
    }
}

/// The body of a request.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub enum RequestBody {
    /// No body.
    #[default]
    Empty,
    /// A JSON document, already serialized.
    Json(Bytes),
    /// Raw bytes with their content type.
    Bytes {
        /// The `Content-Type` header to send.
        content_type: &'static str,
        /// The payload.
        data: Bytes,
    },
    /// An `application/x-www-form-urlencoded` body, already encoded.
    Form(Bytes),
    /// A `multipart/form-data` body, as parts.
    Multipart(Vec<MultipartPart>),
}

/// One part of a `multipart/form-data` body.
#[derive(Debug, Clone)]
pub struct MultipartPart {
    /// The form field name.
    pub name: String,
    /// The file name, for file parts.
    pub file_name: Option<String>,
    /// The part's content type.
    pub content_type: Option<String>,
    /// The part's payload.
    pub data: Bytes,
}

impl RequestBody {
    /// Serializes `value` as a JSON body.
    pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> Result<Self> {
        serde_json::to_vec(value)
            .map(|v| Self::Json(Bytes::from(v)))
            .map_err(|e| Error::Encode(e.to_string()))
    }
}

/// A fully described call, ready for [`super::Client::execute`].
#[derive(Debug, Clone)]
pub struct Request {
    /// Which operation this is.
    pub operation: &'static Operation,
    /// The path with parameters substituted and percent-encoded.
    pub path: String,
    /// Query parameters in order; repeated names are exploded arrays.
    pub query: Vec<(&'static str, String)>,
    /// Extra headers (header parameters of the operation).
    pub headers: Vec<(&'static str, String)>,
    /// The body.
    pub body: RequestBody,
    /// A per-call timeout overriding the client's.
    pub timeout: Option<Duration>,
}

impl Request {
    /// A request for `operation` at `path` with no parameters or body.
    pub fn new(operation: &'static Operation, path: String) -> Self {
        Self {
            operation,
            path,
            query: Vec::new(),
            headers: Vec::new(),
            body: RequestBody::Empty,
            timeout: None,
        }
    }
}

/// An HTTP response as received: status, headers and the whole body.
#[derive(Debug, Clone)]
pub struct RawResponse {
    /// The operation that produced this response.
    pub operation: &'static Operation,
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The response body.
    pub body: Bytes,
}

impl RawResponse {
    /// Decodes the body as JSON into `T`.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T> {
        let mut de = serde_json::Deserializer::from_slice(&self.body);
        match serde::Deserialize::deserialize(&mut de).and_then(|v| de.end().map(|()| v)) {
            Ok(v) => Ok(v),
            Err(e) => Err(Error::decode(self, e.to_string())),
        }
    }

    /// Decodes the body as UTF-8 text.
    pub fn text(&self) -> Result<String> {
        String::from_utf8(self.body.to_vec())
            .map_err(|e| Error::decode(self, format!("body is not UTF-8: {e}")))
    }

    /// Discards the body.
    pub fn unit(&self) -> Result<()> {
        Ok(())
    }
}

const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes one path segment, so that `/`, `%`, `?` or a space in a
/// parameter value never changes the path's shape.
pub fn encode_path_segment(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, PATH_SEGMENT).to_string()
}
