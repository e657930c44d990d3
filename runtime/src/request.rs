//! What a call is: static [`Operation`] metadata plus a [`Request`] with the
//! substituted path, query, headers, body and per-call timeout.

use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use reqwest::Method;

use super::error::{Error, Result};

/// Static description of one API operation, emitted by the generator.
///
/// To call an operation the spec lacks, declare one yourself and send a
/// [`Request`] for it with [`Client::execute`](super::Client::execute):
///
/// ```
/// use openapi_client_runtime::{Operation, Request};
///
/// static GET_BRANCH: Operation = Operation::new("my-get-branch", "GET", "/v1/branches/{id}");
/// let request = Request::new(&GET_BRANCH, "/v1/branches/abc".to_owned());
/// # let _ = request;
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Operation {
    /// The `operationId` from the spec, exactly as written there.
    pub id: &'static str,
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The path template from the spec, e.g. `/v1/projects/{ref}`.
    pub path: &'static str,
}

impl Operation {
    /// An operation named `id`, sent as `method` to the path template `path`.
    pub const fn new(id: &'static str, method: &'static str, path: &'static str) -> Self {
        Self { id, method, path }
    }

    /// The HTTP method as a [`reqwest::Method`].
    pub fn http_method(&self) -> Result<Method> {
        Method::from_bytes(self.method.as_bytes()).map_err(|_| {
            Error::InvalidRequest(format!(
                "operation {} has an invalid HTTP method {:?}",
                self.id, self.method
            ))
        })
    }

    /// Whether repeating this request has the same effect as sending it once
    /// (GET, HEAD, PUT, DELETE, OPTIONS).
    pub fn is_idempotent(&self) -> bool {
        matches!(self.method, "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS")
    }
}

impl fmt::Display for Operation {
    /// `GET /v1/projects/{ref} (v1-get-project)`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} ({})", self.method, self.path, self.id)
    }
}

/// The body of a request.
///
/// `Debug` shows only the kind and size: bodies can carry secrets such as a
/// database password or an OAuth refresh token.
#[derive(Clone, Default)]
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

impl RequestBody {
    /// Serializes `value` as a JSON body.
    pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> Result<Self> {
        serde_json::to_vec(value)
            .map(|v| Self::Json(Bytes::from(v)))
            .map_err(|e| Error::Encode(e.to_string()))
    }

    /// Serializes `value` (an object, or a list of `(name, value)` pairs)
    /// as a form body, each field in its
    /// default style ([`RequestBody::form_styled`] with no styles): arrays
    /// as repeated fields, objects as bracket keys.
    pub fn form<T: serde::Serialize + ?Sized>(value: &T) -> Result<Self> {
        Self::form_styled(value, &[])
    }
}

impl fmt::Debug for RequestBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RequestBody::Empty => f.write_str("Empty"),
            RequestBody::Json(data) => write!(f, "Json(<{} bytes>)", data.len()),
            RequestBody::Bytes { content_type, data } => {
                write!(f, "Bytes({content_type}, <{} bytes>)", data.len())
            }
            RequestBody::Form(data) => write!(f, "Form(<{} bytes>)", data.len()),
            RequestBody::Multipart(parts) => f.debug_tuple("Multipart").field(parts).finish(),
        }
    }
}

/// One part of a `multipart/form-data` body.
#[derive(Clone)]
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

impl fmt::Debug for MultipartPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MultipartPart")
            .field("name", &self.name)
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("data", &format_args!("<{} bytes>", self.data.len()))
            .finish()
    }
}

/// A fully described call, ready for [`Client::execute`](super::Client::execute).
///
/// Generated code sets the public fields; the `with_*` methods do the same
/// for hand-written requests.
#[derive(Debug, Clone)]
pub struct Request {
    /// Which operation this is.
    pub operation: &'static Operation,
    /// The path with parameters substituted and percent-encoded.
    pub path: String,
    /// Query parameters in order; repeated names are exploded arrays. Each
    /// name and value is form-urlencoded when sent.
    pub query: Vec<(&'static str, String)>,
    /// Query text already encoded (`name=value` pairs joined by `&`), sent
    /// after [`Request::query`]: the parameters written by
    /// [`Request::query_param`] in their OpenAPI style.
    pub encoded_query: String,
    /// Extra headers (header parameters of the operation).
    pub headers: Vec<(&'static str, String)>,
    /// The body.
    pub body: RequestBody,
    /// The deadline of the whole call, overriding the client's
    /// ([`ClientBuilder::timeout`](super::ClientBuilder::timeout)): every
    /// attempt, the waits between attempts and the waits for rate limits
    /// end within it.
    pub timeout: Option<Duration>,
    /// The timeout of each attempt (from sending the request to reading the
    /// whole body), overriding the client's
    /// ([`ClientBuilder::attempt_timeout`](super::ClientBuilder::attempt_timeout)).
    pub attempt_timeout: Option<Duration>,
    /// Whether to send the client's credentials.
    pub(crate) authenticated: bool,
    /// The operation's security requirement; `None`: the client's bearer
    /// token, if any.
    pub(crate) security: Option<super::auth::Security>,
    /// The operation's own server; `None`: the client's base URL.
    pub(crate) server: Option<&'static super::server::Server>,
    /// A 3xx answer is the operation's success.
    pub(crate) redirect: bool,
}

impl Request {
    /// A request for `operation` at `path` (substituted and percent-encoded,
    /// see [`encode_path_segment`]) with no parameters or body.
    pub fn new(operation: &'static Operation, path: String) -> Self {
        Self {
            operation,
            path,
            query: Vec::new(),
            encoded_query: String::new(),
            headers: Vec::new(),
            body: RequestBody::Empty,
            timeout: None,
            attempt_timeout: None,
            authenticated: true,
            security: None,
            server: None,
            redirect: false,
        }
    }

    /// Adds a query parameter.
    pub fn with_query(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.query.push((name, value.into()));
        self
    }

    /// Adds a header, e.g. `Idempotency-Key` to make a POST safe to retry.
    /// A `User-Agent` replaces the client's for this call (a request never
    /// carries two).
    pub fn with_header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets the body.
    pub fn with_body(mut self, body: RequestBody) -> Self {
        self.body = body;
        self
    }

    /// Serializes `value` as the JSON body.
    pub fn with_json<T: serde::Serialize + ?Sized>(self, value: &T) -> Result<Self> {
        Ok(self.with_body(RequestBody::json(value)?))
    }

    /// Sets the deadline of the whole call (see [`Request::timeout`]).
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sets the timeout of each attempt of this call (see
    /// [`Request::attempt_timeout`]).
    pub fn with_attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// Sends no `Authorization` header (for endpoints such as the OAuth
    /// token exchange, which authenticate the app in the body).
    pub fn without_auth(mut self) -> Self {
        self.authenticated = false;
        self
    }

    /// Sets the query of `url` to this request's: [`Request::query`]
    /// form-urlencoded, then [`Request::encoded_query`] as it is (the URL
    /// escapes only what no query may hold, such as a space or `#`).
    pub fn apply_query(&self, url: &mut reqwest::Url) {
        if self.query.is_empty() && self.encoded_query.is_empty() {
            return;
        }
        if !self.query.is_empty() {
            url.query_pairs_mut()
                .extend_pairs(self.query.iter().map(|(k, v)| (*k, v.as_str())));
        }
        if !self.encoded_query.is_empty() {
            let query = match url.query() {
                Some(existing) if !existing.is_empty() => {
                    format!("{existing}&{}", self.encoded_query)
                }
                _ => self.encoded_query.clone(),
            };
            url.set_query(Some(&query));
        }
    }

    /// Sends the credentials of the first alternative of `security` the
    /// client has every credential for (see [`Security`](super::Security));
    /// without this, a request carries the client's bearer token, if any.
    pub fn with_security(mut self, security: super::auth::Security) -> Self {
        self.security = Some(security);
        self
    }

    /// Sends the request to `server` (resolved with the client's
    /// [server variables](super::ClientBuilder::server_variables)) rather
    /// than to the client's base URL: for paths and operations with
    /// servers of their own.
    pub fn with_server(mut self, server: &'static super::server::Server) -> Self {
        self.server = Some(server);
        self
    }

    /// Takes a 3xx answer as success: for operations whose answer is a
    /// redirect (the client never follows one; its `Location` is the
    /// result). Without this, a 3xx is an [`Error::Api`](super::Error::Api).
    pub fn with_redirect_answer(mut self) -> Self {
        self.redirect = true;
        self
    }

    /// Whether the request may be sent more than once: its method is
    /// idempotent or it carries an `Idempotency-Key` header.
    pub fn is_replayable(&self) -> bool {
        self.operation.is_idempotent()
            || self
                .headers
                .iter()
                .any(|(name, _)| name.eq_ignore_ascii_case("idempotency-key"))
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

/// The path of `template` (`/v1/things/{id}/status`) with its `{...}`
/// placeholders replaced, in order, by `values`, each percent-encoded as
/// one segment ([`encode_path_segment`]). A placeholder without a value is
/// left empty; text after an unclosed `{` is kept as it is.
pub fn expand_path(template: &str, values: &[&str]) -> String {
    fill_template(template, values, |value, path| {
        path.push_str(&encode_path_segment(value))
    })
}

/// The path of `template` with its `{...}` placeholders replaced, in
/// order, by `values` as they are: texts already percent-encoded, such as
/// [`path_param`](super::path_param) writes (a `label` or `matrix` value
/// carries its own `.` or `;`). Otherwise as [`expand_path`].
pub fn expand_path_encoded(template: &str, values: &[&str]) -> String {
    fill_template(template, values, |value, path| path.push_str(value))
}

/// `template` with each `{...}` placeholder replaced, in order, by what
/// `write` makes of the next of `values` (nothing once they run out); text
/// after an unclosed `{` is kept as it is.
fn fill_template(template: &str, values: &[&str], write: impl Fn(&str, &mut String)) -> String {
    let mut path = String::with_capacity(template.len() + 16);
    let mut values = values.iter();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        path.push_str(&rest[..start]);
        if let Some(value) = values.next() {
            write(value, &mut path);
        }
        rest = &rest[start + len + 1..];
    }
    path.push_str(rest);
    path
}

#[cfg(test)]
pub(crate) mod tests_support {
    use super::Operation;

    /// An operation for tests of request building.
    pub(crate) static OPERATION: Operation = Operation::new("test", "GET", "/");
}

#[cfg(test)]
mod tests {
    use super::{expand_path, expand_path_encoded};

    #[test]
    fn encoded_values_are_placed_as_they_are() {
        assert_eq!(
            expand_path_encoded("/v1/things/{id}{x}", &[".a.b", ";x=1,2"]),
            "/v1/things/.a.b;x=1,2"
        );
    }

    #[test]
    fn placeholders_are_replaced_in_order_and_encoded() {
        assert_eq!(
            expand_path("/v1/things/{id}/parts/{part}", &["a b", "c/d"]),
            "/v1/things/a%20b/parts/c%2Fd"
        );
        assert_eq!(expand_path("/v1/things", &[]), "/v1/things");
        assert_eq!(expand_path("/v1/{x}", &[]), "/v1/");
        assert_eq!(expand_path("/v1/{x", &["y"]), "/v1/{x");
        assert_eq!(expand_path("{a}{b}", &["1", "2"]), "12");
    }
}
